import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { distanceMeters, isInChina, type Page, regionPrefix } from '@zerowaste/shared';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageOf, toPage } from '../../common/pagination/page';
import { ScopeTargets } from '../../common/scope/scope-targets';
import { containsPattern, startsWithPattern } from '../../common/sql/like';
import { TransactionRunner } from '../../database/transaction-runner';
import { RegionsService } from '../regions/regions.service';
import { UsersService } from '../users/users.service';
import { Cell } from './cell.entity';
import { type CreateCellDto, MANAGER_EDITABLE_FIELDS, type UpdateCellDto } from './dto/cell-input.dto';
import type { CellDirectoryQueryDto, CellListQueryDto } from './dto/cell-query.dto';
import { CellResponseDto, CellSummaryDto } from './dto/cell-response.dto';

const METRES_PER_DEGREE = 111_320;

@Injectable()
export class CellsService implements OnModuleInit {
  constructor(
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    private readonly regions: RegionsService,
    private readonly users: UsersService,
    private readonly scopeTargets: ScopeTargets,
    private readonly tx: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.scopeTargets.register('cell', async (ids) =>
      (await this.cells.find({ where: { id: In(ids) }, select: { id: true } })).map((c) => c.id),
    );
  }

  /** Admins see every cell; a manager sees only the cells they manage. */
  async list(caller: Caller, query: CellListQueryDto): Promise<Page<CellResponseDto>> {
    const qb = this.filtered(query);
    if (!caller.isAdmin) {
      const mine = caller.scopeIds('cell_manager');
      if (!mine.length) return pageOf(query, [], 0);
      qb.andWhere('c.id IN (:...mine)', { mine });
    }
    qb.orderBy('c.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(query, await this.toResponses(rows), total);
  }

  /** The public directory: what any signed-in user needs to pick a home cell or find cells nearby. */
  async directory(query: CellDirectoryQueryDto): Promise<Page<CellSummaryDto>> {
    const qb = this.filtered(query).leftJoinAndSelect('c.region', 'r');
    const origin = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : null;
    if (origin) {
      // An equirectangular estimate orders well within a city and is plain arithmetic in both databases.
      const kx = METRES_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180);
      qb.addSelect('CASE WHEN c.lat IS NULL THEN 1 ELSE 0 END', 'no_location')
        .addSelect(
          '((c.lat - :olat) * :ky) * ((c.lat - :olat) * :ky) + ((c.lng - :olng) * :kx) * ((c.lng - :olng) * :kx)',
          'd2',
        )
        .setParameters({ olat: origin.lat, olng: origin.lng, ky: METRES_PER_DEGREE, kx })
        .orderBy('no_location', 'ASC')
        .addOrderBy('d2', 'ASC')
        .addOrderBy('c.id', 'ASC');
    } else {
      qb.orderBy('c.id', 'ASC');
    }
    qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return toPage(query, rows, total, (cell) => {
      const distance =
        origin && cell.lat != null && cell.lng != null
          ? Math.round(distanceMeters(origin, { lat: cell.lat, lng: cell.lng }))
          : undefined;
      return CellSummaryDto.from(cell, cell.region?.name ?? '', distance);
    });
  }

  async get(caller: Caller, id: number): Promise<CellResponseDto> {
    caller.assertCanSee({ cellId: id }, ['cell_manager'], 'Cell');
    const cell = await this.cells.findOne({ where: { id } });
    if (!cell) throw AppError.notFound('Cell');
    return (await this.toResponses([cell]))[0];
  }

  async create(dto: CreateCellDto): Promise<CellResponseDto> {
    await this.assertValidPlace(dto);
    const cell = await this.tx.run((em) =>
      em.save(
        Cell,
        em.create(Cell, {
          name: dto.name.trim(),
          type: dto.type,
          regionCode: dto.regionCode,
          address: dto.address.trim(),
          households: dto.households ?? 0,
          lat: dto.location?.lat ?? null,
          lng: dto.location?.lng ?? null,
          status: dto.status ?? 'building',
        }),
      ),
    );
    return (await this.toResponses([cell]))[0];
  }

  async update(caller: Caller, id: number, dto: UpdateCellDto): Promise<CellResponseDto> {
    caller.assertCanSee({ cellId: id }, ['cell_manager'], 'Cell');
    if (!caller.isAdmin) {
      const locked = (Object.keys(dto) as (keyof UpdateCellDto)[]).filter(
        (key) => dto[key] !== undefined && !MANAGER_EDITABLE_FIELDS.includes(key),
      );
      if (locked.length) throw AppError.forbidden(`Only a city admin may change: ${locked.join(', ')}`);
    }
    const cell = await this.cells.findOne({ where: { id } });
    if (!cell) throw AppError.notFound('Cell');
    await this.assertValidPlace(dto);
    const changes: Partial<Cell> = {};
    if (dto.name !== undefined) changes.name = dto.name.trim();
    if (dto.type !== undefined) changes.type = dto.type;
    if (dto.regionCode !== undefined) changes.regionCode = dto.regionCode;
    if (dto.address !== undefined) changes.address = dto.address.trim();
    if (dto.households !== undefined) changes.households = dto.households;
    if (dto.status !== undefined) changes.status = dto.status;
    if (dto.location !== undefined) Object.assign(changes, { lat: dto.location.lat, lng: dto.location.lng });
    if (Object.keys(changes).length) await this.tx.run((em) => em.update(Cell, { id }, changes));
    return this.get(caller, id);
  }

  private filtered(query: CellListQueryDto): SelectQueryBuilder<Cell> {
    const qb = this.cells.createQueryBuilder('c');
    if (query.regionCode)
      qb.andWhere("c.regionCode LIKE :region ESCAPE '!'", {
        region: startsWithPattern(regionPrefix(query.regionCode)),
      });
    if (query.type) qb.andWhere('c.type = :type', { type: query.type });
    if (query.q) {
      qb.andWhere("(c.name LIKE :q ESCAPE '!' OR c.address LIKE :q ESCAPE '!')", { q: containsPattern(query.q) });
    }
    return qb;
  }

  private async assertValidPlace(dto: UpdateCellDto): Promise<void> {
    if (dto.regionCode !== undefined && !(await this.regions.findByCode(dto.regionCode))) {
      throw AppError.invalidField('regionCode', `no region ${dto.regionCode}`);
    }
    if (dto.location && !isInChina(dto.location)) {
      throw AppError.invalidField('location', 'must be a GCJ-02 point in China (are lat and lng swapped?)');
    }
  }

  /** Region names and managers for a set of cells, in two queries whatever the number of cells. */
  private async toResponses(rows: Cell[]): Promise<CellResponseDto[]> {
    const [names, managers] = await Promise.all([
      this.regions.namesByCode(rows.map((c) => c.regionCode)),
      this.users.managerIdsByCell(rows.map((c) => c.id)),
    ]);
    return rows.map((c) => CellResponseDto.from(c, names.get(c.regionCode) ?? '', managers.get(c.id) ?? []));
  }
}
