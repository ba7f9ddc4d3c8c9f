import { Inject, Injectable } from '@nestjs/common';
import { getStorageToken, type ThrottlerStorage } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import {
  boundingBox,
  distanceMeters,
  type FieldError,
  type GeoPoint,
  isInChina,
  NEARBY_TYPES,
  type OpeningHours,
  openNow,
  type Page,
  PLACE_TYPES,
  type PlaceStatus,
  parseOpeningHours,
} from '@zerowaste/shared';
import { In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageOf, pageWindow } from '../../common/pagination/page';
import { containsPattern } from '../../common/sql/like';
import { CONFIG, type Config } from '../../config/config';
import { readTime, select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { assertManagedCellField } from '../bins/cell-scope';
import { Cell } from '../cells/cell.entity';
import { Region } from '../regions/region.entity';
import { ShopsService } from '../rewards/shops.service';
import {
  type CreatePlaceDto,
  DEFAULT_RADIUS_M,
  type NearbyItemDto,
  type NearbyQueryDto,
  PlaceDto,
  type PlaceProblemDto,
  type PlaceProblemsQueryDto,
  type PlaceStatusReportResponseDto,
  type UpdatePlaceDto,
} from './dto/place.dto';
import { LAT_BANDS_PER_DEGREE, Place } from './place.entity';
import { PlaceStatusReport } from './place-status-report.entity';

// A resident reporting more often than this is not reporting what they see.
const REPORTS_PER_WINDOW = 10;
const REPORT_WINDOW_MS = 3600_000;

/** A place near the caller before its page is loaded: what sorting and filtering need. */
interface Candidate {
  id: number;
  lat: number;
  lng: number;
  distanceM: number;
  hours: OpeningHours | null;
}

/** The fields of a create or update body that need more than a decorator to check. */
interface PlaceInput {
  lat?: number;
  lng?: number;
  hours?: string | null;
  regionCode?: string;
}

@Injectable()
export class PlacesService {
  constructor(
    @InjectRepository(Place) private readonly places: Repository<Place>,
    @InjectRepository(PlaceStatusReport) private readonly reports: Repository<PlaceStatusReport>,
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly shops: ShopsService,
    private readonly tx: TransactionRunner,
    @Inject(getStorageToken()) private readonly throttle: ThrottlerStorage,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** A new place: anywhere for an admin, in one of their cells for a cell manager. */
  async create(caller: Caller, dto: CreatePlaceDto): Promise<PlaceDto> {
    if (dto.cellId !== undefined) await assertManagedCellField(this.cells, caller, dto.cellId, 'cellId');
    else if (!caller.isAdmin) throw AppError.invalidField('cellId', 'is required: name a cell you manage');
    await this.checkInput(dto);
    const place = await this.places.save(this.places.create(placeRow(dto)));
    return PlaceDto.from(place, null, new Date());
  }

  async update(caller: Caller, id: number, dto: UpdatePlaceDto): Promise<PlaceDto> {
    const place = await this.managed(caller, id);
    if (dto.cellId === null && !caller.isAdmin) throw AppError.invalidField('cellId', 'is a cell you manage');
    if (dto.cellId != null) await assertManagedCellField(this.cells, caller, dto.cellId, 'cellId');
    const lat = dto.lat ?? place.lat;
    const lng = dto.lng ?? place.lng;
    await this.checkInput({ ...dto, lat, lng });
    Object.assign(place, {
      ...(dto.type !== undefined && { type: dto.type }),
      ...(dto.name !== undefined && { name: dto.name }),
      ...(dto.address !== undefined && { address: dto.address }),
      ...(dto.categories !== undefined && { categories: [...new Set(dto.categories)] }),
      ...(dto.regionCode !== undefined && { regionCode: dto.regionCode }),
      ...(dto.phone !== undefined && { phone: dto.phone }),
      ...(dto.cellId !== undefined && { cellId: dto.cellId }),
      ...(dto.hours !== undefined && { hoursText: dto.hours?.trim() ?? null, hours: parsedHours(dto.hours) }),
      lat,
      lng,
      latBand: latBandOf(lat),
    });
    const saved = await this.places.save(place);
    return this.withStatus(saved);
  }

  /** Retires a place: it leaves nearby answers; retiring it again changes nothing. */
  async retire(caller: Caller, id: number): Promise<PlaceDto> {
    const place = await this.managed(caller, id);
    if (!place.retiredAt) {
      place.retiredAt = new Date();
      await this.places.update({ id }, { retiredAt: place.retiredAt });
    }
    return this.withStatus(place);
  }

  /** Any place, for anyone (retired ones too, marked so). */
  async get(id: number): Promise<PlaceDto> {
    const place = await this.places.findOne({ where: { id } });
    if (!place) throw AppError.notFound('Place');
    return this.withStatus(place);
  }

  /**
   * Places (and points shops) within the radius, nearest first. Candidates come from the indexed
   * bands of latitude the circle covers and its longitude span; the exact distance, the radius and
   * "open now" are decided here on those few rows, then only the page is loaded in full.
   */
  async nearby(query: NearbyQueryDto, at = new Date()): Promise<Page<NearbyItemDto>> {
    const center = { lat: query.lat, lng: query.lng };
    const radius = query.radius ?? DEFAULT_RADIUS_M;
    const box = boundingBox(center, radius);
    const types = query.types?.length ? [...new Set(query.types)] : [...NEARBY_TYPES];
    const placeTypes = PLACE_TYPES.filter((t) => types.includes(t));

    const candidates = placeTypes.length ? await this.candidates(center, radius, placeTypes, query) : [];
    const places = query.openNow ? candidates.filter((c) => c.hours && openNow(c.hours, at)) : candidates;
    // Points shops have no hours or categories: a filter on either leaves them out.
    const shops =
      types.includes('points_shop') && !query.category && !query.openNow
        ? (await this.shops.activeWithin(box))
            .map((shop) => ({ shop, distanceM: distanceMeters(center, shop.location) }))
            .filter((s) => s.distanceM <= radius)
        : [];

    const all = [
      ...places.map((c) => ({ kind: 'place' as const, id: c.id, distanceM: c.distanceM, candidate: c })),
      ...shops.map((s) => ({ kind: 'shop' as const, id: s.shop.id, distanceM: s.distanceM, shop: s.shop })),
    ].sort((a, b) => a.distanceM - b.distanceM || a.id - b.id);
    const { skip, take } = pageWindow(query);
    const window = all.slice(skip, skip + take);

    const placeIds = window.filter((w) => w.kind === 'place').map((w) => w.id);
    const [rows, statuses] = await Promise.all([
      placeIds.length ? this.places.find({ where: { id: In(placeIds) } }) : [],
      this.statuses(placeIds, at),
    ]);
    const byId = new Map(rows.map((p) => [p.id, p]));
    const items = window.map((w): NearbyItemDto => {
      if (w.kind === 'shop') {
        return {
          id: w.shop.id,
          type: 'points_shop',
          name: w.shop.name,
          address: null,
          location: w.shop.location,
          distanceM: Math.round(w.distanceM),
          categories: [],
          openNow: null,
          hoursText: null,
          phone: null,
          status: null,
        };
      }
      const place = byId.get(w.id) as Place;
      return {
        id: place.id,
        type: place.type,
        name: place.name,
        address: place.address,
        location: { lat: place.lat, lng: place.lng },
        distanceM: Math.round(w.distanceM),
        categories: place.categories,
        openNow: place.hours ? openNow(place.hours, at) : null,
        hoursText: place.hoursText,
        phone: place.phone,
        status: statuses.get(place.id) ?? null,
      };
    });
    return pageOf(query, items, all.length);
  }

  /** A resident's report that a place is full, broken or closed; it counts for PLACE_REPORT_HOURS. */
  async report(caller: Caller, id: number, status: PlaceStatus): Promise<PlaceStatusReportResponseDto> {
    const place = await this.places.findOne({ where: { id }, select: { id: true, retiredAt: true } });
    if (!place || place.retiredAt) throw AppError.notFound('Place');
    const key = `place-report:${caller.userId}`;
    const hits = await this.throttle.increment(key, REPORT_WINDOW_MS, REPORTS_PER_WINDOW, 0, 'place-report');
    if (hits.totalHits > REPORTS_PER_WINDOW) {
      throw AppError.retryLater(
        'RATE_LIMITED',
        `At most ${REPORTS_PER_WINDOW} place reports an hour`,
        new Date(Date.now() + hits.timeToExpire * 1000),
      );
    }
    const reportedAt = new Date();
    const expiresAt = new Date(reportedAt.getTime() + this.config.app.placeReportHours * 3600_000);
    await this.reports.insert({ placeId: id, status, userId: caller.userId, reportedAt, expiresAt });
    return { placeId: id, status, expiresAt: expiresAt.toISOString() };
  }

  /** Ends every open report of a place (its manager or an admin, once it is dealt with). */
  async clear(caller: Caller, id: number): Promise<PlaceDto> {
    const place = await this.managed(caller, id);
    const now = new Date();
    await write(
      this.places.manager,
      'UPDATE `place_status_reports` SET `expiresAt` = ? WHERE `placeId` = ? AND `expiresAt` > ?',
      [sqlTime(now), id, sqlTime(now)],
    );
    return PlaceDto.from(place, null, now);
  }

  /**
   * Places with open reports, latest first: of the caller's cells (a manager), of any cell or none (an
   * admin). Two grouped queries: the page of places by their latest report, then their counts by status.
   */
  async problems(caller: Caller, query: PlaceProblemsQueryDto): Promise<Page<PlaceProblemDto>> {
    if (query.cellId !== undefined) caller.assertCanSee({ cellId: query.cellId }, ['cell_manager'], 'Cell');
    const cellIds =
      query.cellId !== undefined ? [query.cellId] : caller.isAdmin ? null : caller.scopeIds('cell_manager');
    if (cellIds && !cellIds.length) return pageOf(query, [], 0);
    const now = new Date();
    const where = [
      'r.`expiresAt` > ?',
      'p.`retiredAt` IS NULL',
      ...(cellIds ? [`p.\`cellId\` IN (${cellIds.map(() => '?').join(', ')})`] : []),
    ].join(' AND ');
    const params = [sqlTime(now), ...(cellIds ?? [])];
    const from = 'FROM `place_status_reports` r JOIN `places` p ON p.`id` = r.`placeId`';
    const { skip, take } = pageWindow(query);
    const [pageRows, [{ n }]] = await Promise.all([
      select<{ placeId: number | string; lastAt: Date | string }>(
        this.places.manager,
        `SELECT r.\`placeId\` AS placeId, MAX(r.\`reportedAt\`) AS lastAt ${from} WHERE ${where}
         GROUP BY r.\`placeId\` ORDER BY lastAt DESC, r.\`placeId\` DESC LIMIT ? OFFSET ?`,
        [...params, take, skip],
      ),
      select<{ n: number | string }>(
        this.places.manager,
        `SELECT COUNT(DISTINCT r.\`placeId\`) AS n ${from} WHERE ${where}`,
        params,
      ),
    ]);
    const ids = pageRows.map((r) => Number(r.placeId));
    if (!ids.length) return pageOf(query, [], Number(n));
    const [places, counts] = await Promise.all([
      this.places.find({ where: { id: In(ids) } }),
      select<{ placeId: number | string; status: PlaceStatus; n: number | string }>(
        this.places.manager,
        `SELECT \`placeId\` AS placeId, \`status\` AS status, COUNT(*) AS n FROM \`place_status_reports\`
         WHERE \`expiresAt\` > ? AND \`placeId\` IN (${ids.map(() => '?').join(', ')}) GROUP BY \`placeId\`, \`status\``,
        [sqlTime(now), ...ids],
      ),
    ]);
    const statuses = await this.statuses(ids, now);
    const byId = new Map(places.map((p) => [p.id, p]));
    const items = pageRows.map((row): PlaceProblemDto => {
      const id = Number(row.placeId);
      const reports: Partial<Record<PlaceStatus, number>> = {};
      for (const c of counts) if (Number(c.placeId) === id) reports[c.status] = Number(c.n);
      return {
        place: PlaceDto.from(byId.get(id) as Place, statuses.get(id) ?? null, now),
        reports,
        lastReportedAt: readTime(row.lastAt).toISOString(),
      };
    });
    return pageOf(query, items, Number(n));
  }

  /** The rows of the bands the circle covers, within its longitudes, then within its radius exactly. */
  private async candidates(
    center: GeoPoint,
    radius: number,
    types: readonly string[],
    query: NearbyQueryDto,
  ): Promise<Candidate[]> {
    const box = boundingBox(center, radius);
    const bands: number[] = [];
    for (let b = latBandOf(box.minLat); b <= latBandOf(box.maxLat); b++) bands.push(b);
    const conditions = [
      `\`latBand\` IN (${bands.map(() => '?').join(', ')})`,
      '`lng` BETWEEN ? AND ?',
      '`retiredAt` IS NULL',
    ];
    const params: unknown[] = [...bands, box.minLng, box.maxLng];
    if (types.length < PLACE_TYPES.length) {
      conditions.push(`\`type\` IN (${types.map(() => '?').join(', ')})`);
      params.push(...types);
    }
    if (query.category) {
      // simple-json keeps the list as JSON text: the quoted name matches exactly one category.
      conditions.push("`categories` LIKE ? ESCAPE '!'");
      params.push(containsPattern(`"${query.category}"`));
    }
    // Hours are read only when "open now" filters the candidates; otherwise the page's rows bring them.
    const rows = await select<{ id: number; lat: number; lng: number; hours: string | null }>(
      this.places.manager,
      `SELECT \`id\`, \`lat\`, \`lng\`${query.openNow ? ', `hours`' : ''} FROM \`places\` WHERE ${conditions.join(' AND ')}`,
      params,
    );
    const found: Candidate[] = [];
    for (const row of rows) {
      const distanceM = distanceMeters(center, row);
      if (distanceM > radius) continue;
      found.push({
        id: Number(row.id),
        lat: row.lat,
        lng: row.lng,
        distanceM,
        hours: row.hours ? JSON.parse(row.hours) : null,
      });
    }
    return found;
  }

  /** The live status of each place: its latest unexpired report. */
  private async statuses(placeIds: number[], at: Date): Promise<Map<number, PlaceStatus>> {
    if (!placeIds.length) return new Map();
    const rows = await select<{ placeId: number | string; status: PlaceStatus }>(
      this.places.manager,
      `SELECT \`placeId\` AS placeId, \`status\` AS status FROM \`place_status_reports\`
       WHERE \`expiresAt\` > ? AND \`placeId\` IN (${placeIds.map(() => '?').join(', ')})
       ORDER BY \`reportedAt\` ASC, \`id\` ASC`,
      [sqlTime(at), ...placeIds],
    );
    // Ascending: the latest report of each place is the one left in the map.
    return new Map(rows.map((r) => [Number(r.placeId), r.status]));
  }

  private async withStatus(place: Place): Promise<PlaceDto> {
    const now = new Date();
    return PlaceDto.from(place, (await this.statuses([place.id], now)).get(place.id) ?? null, now);
  }

  /** A place the caller may change: any for an admin, their cells' for a manager (404 otherwise). */
  private async managed(caller: Caller, id: number): Promise<Place> {
    const place = await this.places.findOne({ where: { id } });
    if (!place) throw AppError.notFound('Place');
    caller.assertCanSee({ cellId: place.cellId }, ['cell_manager'], 'Place');
    return place;
  }

  /** Coordinates in China, hours that parse, a region that exists. */
  private async checkInput(input: PlaceInput): Promise<void> {
    const problems = checkPlaceFields(input);
    if (problems.length) {
      throw new AppError('VALIDATION_FAILED', `${problems[0].field}: ${problems[0].message}`, problems);
    }
    if (input.regionCode !== undefined && !(await this.regions.existsBy({ code: input.regionCode }))) {
      throw AppError.invalidField('regionCode', `no region ${input.regionCode}`);
    }
  }

  /** Inserts many places at once (the import), after every row was checked: all or none. */
  async insertMany(rows: CreatePlaceDto[]): Promise<number> {
    await this.tx.run(async (em) => {
      for (let i = 0; i < rows.length; i += 500) {
        // Without reading the rows back: TypeORM's re-select of 500 ids is too deep an expression for SQLite.
        await em
          .createQueryBuilder()
          .insert()
          .into(Place)
          .values(rows.slice(i, i + 500).map(placeRow))
          .updateEntity(false)
          .execute();
      }
    });
    return rows.length;
  }

  /** Which of these region codes exist. */
  async existingRegions(codes: string[]): Promise<Set<string>> {
    if (!codes.length) return new Set();
    const rows = await this.regions.find({ where: { code: In([...new Set(codes)]) }, select: { code: true } });
    return new Set(rows.map((r) => r.code));
  }
}

/** The row of a new place: its latitude band and parsed hours worked out from the fields. */
function placeRow(dto: CreatePlaceDto): Partial<Place> {
  return {
    type: dto.type,
    name: dto.name,
    address: dto.address,
    lat: dto.lat,
    lng: dto.lng,
    latBand: latBandOf(dto.lat),
    categories: [...new Set(dto.categories)],
    hoursText: dto.hours?.trim() ?? null,
    hours: parsedHours(dto.hours),
    phone: dto.phone ?? null,
    regionCode: dto.regionCode,
    cellId: dto.cellId ?? null,
    retiredAt: null,
  };
}

/** Hours already checked by checkPlaceFields, parsed; none = unknown. */
export function parsedHours(text: string | null | undefined): OpeningHours | null {
  const parsed = text ? parseOpeningHours(text) : null;
  return parsed?.ok ? parsed.hours : null;
}

export function latBandOf(lat: number): number {
  return Math.floor(lat * LAT_BANDS_PER_DEGREE);
}

/** What the decorators cannot say of a place's fields: a point in China, hours that parse. */
export function checkPlaceFields(input: PlaceInput): FieldError[] {
  const problems: FieldError[] = [];
  if (input.lat !== undefined && input.lng !== undefined && !isInChina({ lat: input.lat, lng: input.lng })) {
    problems.push({ field: 'lat', message: 'must be a GCJ-02 point in China (are lat and lng swapped?)' });
  }
  if (input.hours) {
    const parsed = parseOpeningHours(input.hours);
    if (!parsed.ok) problems.push({ field: 'hours', message: parsed.error });
  }
  return problems;
}
