import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { minutesOf, type Page, type SlotTimes, templateSlots } from '@zerowaste/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageOf, pageWindow } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ScopeTargets } from '../../common/scope/scope-targets';
import { sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { isUniqueViolation } from '../rewards/redemption-code';
import { UsersService } from '../users/users.service';
import type { PickupSlotsQueryDto } from './dto/pickup.dto';
import type {
  CreatePickupAreaDto,
  CreatePickupSlotDto,
  PickupAreaResponseDto,
  PickupSlotResponseDto,
  PickupTemplateDto,
  UpdatePickupAreaDto,
  UpdatePickupSlotDto,
} from './dto/pickup-area.dto';
import { PickupArea, PickupAreaCell, PickupAreaCollector } from './pickup-area.entity';
import { PickupSlot } from './pickup-slot.entity';
import { areaView, slotView } from './pickup-view';

const DAY_MS = 24 * 3600 * 1000;

/** An area with the cells and collectors it holds. */
export interface LoadedArea {
  area: PickupArea;
  cellIds: number[];
  collectorUserIds: number[];
}

/**
 * Pickup areas and their slots: who serves which cells, the weekly template, one-off slots and
 * holidays. Template slots are made when someone looks at the coming days (`slots`), idempotently:
 * the unique (areaId, startsAt) key lets a second reader (another replica) make nothing new.
 */
@Injectable()
export class PickupAreasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly users: UsersService,
    private readonly scopeTargets: ScopeTargets,
  ) {}

  /** Admins: every area; managers: the areas holding one of their cells. */
  async list(caller: Caller, query: PageQueryDto): Promise<Page<PickupAreaResponseDto>> {
    const qb = this.dataSource.getRepository(PickupArea).createQueryBuilder('a').orderBy('a.id', 'ASC');
    if (!caller.isAdmin) {
      const cells = caller.scopeIds('cell_manager');
      if (!cells.length) return pageOf(query, [], 0);
      qb.where('a.id IN (SELECT ac.areaId FROM pickup_area_cells ac WHERE ac.cellId IN (:...cells))', { cells });
    }
    const { skip, take } = pageWindow(query);
    const [areas, total] = await qb.skip(skip).take(take).getManyAndCount();
    const loaded = await this.withMembers(areas);
    return pageOf(
      query,
      loaded.map((l) => areaView(l.area, l.cellIds, l.collectorUserIds)),
      total,
    );
  }

  async create(dto: CreatePickupAreaDto): Promise<PickupAreaResponseDto> {
    await this.checkMembers(dto.cellIds, dto.collectorUserIds);
    const id = await this.claimingCells(() =>
      this.tx.run(async (em) => {
        const area = await em.save(PickupArea, em.create(PickupArea, { name: dto.name, weekly: [], active: true }));
        await this.setMembers(em, area.id, dto.cellIds, dto.collectorUserIds);
        return area.id;
      }),
    );
    return this.view(id);
  }

  async update(id: number, dto: UpdatePickupAreaDto): Promise<PickupAreaResponseDto> {
    const current = await this.load(id);
    await this.checkMembers(dto.cellIds ?? [], dto.collectorUserIds ?? [], id);
    await this.claimingCells(() =>
      this.tx.run(async (em) => {
        await em.update(
          PickupArea,
          { id },
          { name: dto.name ?? current.area.name, active: dto.active ?? current.area.active },
        );
        await this.setMembers(em, id, dto.cellIds, dto.collectorUserIds);
      }),
    );
    return this.view(id);
  }

  /**
   * Replaces the weekly template. Template slots ahead that nobody booked (not even a booking since
   * cancelled, which still names its slot) and nobody closed are dropped, so that the next read makes them from the new template; booked or closed ones stay.
   */
  async setTemplate(caller: Caller, id: number, dto: PickupTemplateDto): Promise<PickupAreaResponseDto> {
    await this.managed(caller, id);
    dto.weekly.forEach((entry, i) => {
      if (minutesOf(entry.end) <= minutesOf(entry.start)) {
        throw AppError.invalidField(`weekly.${i}.end`, 'must be after start, the same day');
      }
    });
    await this.tx.run(async (em) => {
      await em.update(PickupArea, { id }, { weekly: dto.weekly });
      await write(
        em,
        `DELETE FROM pickup_slots WHERE areaId = ? AND fromTemplate = 1 AND booked = 0 AND closed = 0 AND startsAt > ?
           AND NOT EXISTS (SELECT 1 FROM pickups p WHERE p.slotId = pickup_slots.id)`,
        [id, sqlTime(new Date())],
      );
    });
    return this.view(id);
  }

  async addSlot(caller: Caller, areaId: number, dto: CreatePickupSlotDto): Promise<PickupSlotResponseDto> {
    await this.managed(caller, areaId);
    const [startsAt, endsAt] = [new Date(dto.startsAt), new Date(dto.endsAt)];
    if (endsAt <= startsAt) throw AppError.invalidField('endsAt', 'must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > DAY_MS)
      throw AppError.invalidField('endsAt', 'a slot lasts at most a day');
    if (startsAt <= new Date()) throw AppError.invalidField('startsAt', 'must be in the future');
    try {
      const slot = await this.tx.run((em) =>
        em.save(
          PickupSlot,
          em.create(PickupSlot, {
            areaId,
            startsAt,
            endsAt,
            capacity: dto.capacity,
            booked: 0,
            closed: false,
            fromTemplate: false,
          }),
        ),
      );
      return slotView(slot);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'The area already has a slot starting then');
      throw error;
    }
  }

  /** A new capacity never goes below what is booked (guarded); closing makes a holiday. */
  async updateSlot(caller: Caller, slotId: number, dto: UpdatePickupSlotDto): Promise<PickupSlotResponseDto> {
    const slot = await this.dataSource.getRepository(PickupSlot).findOneBy({ id: slotId });
    if (!slot) throw AppError.notFound('Pickup slot');
    await this.managed(caller, slot.areaId, 'Pickup slot');
    const now = sqlTime(new Date());
    await this.tx.run(async (em) => {
      if (dto.capacity !== undefined) {
        const changed = await write(
          em,
          'UPDATE pickup_slots SET capacity = ?, updatedAt = ? WHERE id = ? AND booked <= ?',
          [dto.capacity, now, slotId, dto.capacity],
        );
        if (!changed.affected) {
          throw new AppError('CONFLICT', 'capacity: more units are already booked; cancel bookings first');
        }
      }
      if (dto.closed !== undefined) {
        await write(em, 'UPDATE pickup_slots SET closed = ?, updatedAt = ? WHERE id = ?', [
          dto.closed ? 1 : 0,
          now,
          slotId,
        ]);
      }
    });
    return slotView(await this.dataSource.getRepository(PickupSlot).findOneByOrFail({ id: slotId }));
  }

  /**
   * The coming `days` of slots of the caller's home cell's area, or of `areaId` for its staff
   * (admins, managers of its cells, its collectors); the template's slots are made first.
   */
  async slots(caller: Caller, query: PickupSlotsQueryDto): Promise<PickupSlotResponseDto[]> {
    const area =
      query.areaId === undefined ? await this.homeArea(caller.userId) : (await this.staffed(caller, query.areaId)).area;
    const now = new Date();
    const until = new Date(now.getTime() + query.days * DAY_MS);
    const read = () =>
      this.dataSource
        .getRepository(PickupSlot)
        .createQueryBuilder('s')
        .where('s.areaId = :areaId AND s.startsAt > :now AND s.startsAt < :until', { areaId: area.id, now, until })
        .orderBy('s.startsAt', 'ASC')
        .getMany();
    const rows = await read();
    // Usually every template slot of the window exists already: a read then writes nothing.
    const have = new Set(rows.map((r) => r.startsAt.getTime()));
    const missing = templateSlots(area.weekly, now, query.days).filter((t) => !have.has(t.startsAt.getTime()));
    if (!missing.length) return rows.map(slotView);
    await this.materialise(area.id, missing);
    return (await read()).map(slotView);
  }

  /** The active area holding the user's home cell; 422 NO_PICKUP_AREA naming why otherwise. */
  async homeArea(userId: number): Promise<PickupArea & { cellId: number }> {
    const cellId = await this.users.homeCellId(userId);
    if (cellId === null)
      throw new AppError('NO_PICKUP_AREA', 'Set your home cell first: pickups serve the areas of cells');
    const area = await this.dataSource
      .getRepository(PickupArea)
      .createQueryBuilder('a')
      .innerJoin(PickupAreaCell, 'ac', 'ac.areaId = a.id')
      .where('ac.cellId = :cellId AND a.active = :active', { cellId, active: true })
      .getOne();
    if (!area) throw new AppError('NO_PICKUP_AREA', 'Your home cell is in no pickup area yet');
    return Object.assign(area, { cellId });
  }

  /** The ids of the area's collectors. */
  async collectorIds(areaId: number): Promise<number[]> {
    const rows = await this.dataSource
      .getRepository(PickupAreaCollector)
      .find({ where: { areaId }, order: { userId: 'ASC' } });
    return rows.map((row) => row.userId);
  }

  async load(id: number, what = 'Pickup area'): Promise<LoadedArea> {
    const area = await this.dataSource.getRepository(PickupArea).findOneBy({ id });
    if (!area) throw AppError.notFound(what);
    return (await this.withMembers([area]))[0];
  }

  /** The area, when the caller may manage it (an admin, or a manager of one of its cells); else 404. */
  async managed(caller: Caller, id: number, what = 'Pickup area'): Promise<LoadedArea> {
    const loaded = await this.load(id, what);
    if (!canManage(caller, loaded)) throw AppError.notFound(what);
    return loaded;
  }

  /** Managers, admins, and the area's own collectors. */
  private async staffed(caller: Caller, id: number): Promise<LoadedArea> {
    const loaded = await this.load(id);
    if (!canManage(caller, loaded) && !loaded.collectorUserIds.includes(caller.userId)) {
      throw AppError.notFound('Pickup area');
    }
    return loaded;
  }

  /** Inserts template slots; one that another reader (or replica) made meanwhile is left as it is. */
  private async materialise(areaId: number, slots: SlotTimes[]): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PickupSlot)
      .values(slots.map((s) => ({ ...s, areaId, booked: 0, closed: false, fromTemplate: true })))
      .orIgnore()
      .execute();
  }

  private async view(id: number): Promise<PickupAreaResponseDto> {
    const { area, cellIds, collectorUserIds } = await this.load(id);
    return areaView(area, cellIds, collectorUserIds);
  }

  private async withMembers(areas: PickupArea[]): Promise<LoadedArea[]> {
    const ids = areas.map((a) => a.id);
    const [cells, collectors] = ids.length
      ? await Promise.all([
          this.dataSource.getRepository(PickupAreaCell).find({ where: { areaId: In(ids) }, order: { cellId: 'ASC' } }),
          this.dataSource
            .getRepository(PickupAreaCollector)
            .find({ where: { areaId: In(ids) }, order: { userId: 'ASC' } }),
        ])
      : [[], []];
    return areas.map((area) => ({
      area,
      cellIds: cells.filter((c) => c.areaId === area.id).map((c) => c.cellId),
      collectorUserIds: collectors.filter((c) => c.areaId === area.id).map((c) => c.userId),
    }));
  }

  /** Cells must exist and be in no other area; collectors must hold the collector role. */
  private async checkMembers(cellIds: number[], collectorUserIds: number[], areaId?: number): Promise<void> {
    const missing = await this.scopeTargets.missing('cell', cellIds);
    if (missing.length) throw AppError.invalidField('cellIds', `no cell ${missing.join(', ')}`);
    if (cellIds.length) {
      const taken = await this.dataSource.getRepository(PickupAreaCell).find({ where: { cellId: In(cellIds) } });
      const elsewhere = taken.filter((t) => t.areaId !== areaId);
      if (elsewhere.length) {
        throw AppError.invalidField(
          'cellIds',
          `cell ${elsewhere.map((t) => t.cellId).join(', ')} is already in another area`,
        );
      }
    }
    const collectors = new Set(await this.users.holdingRole('collector', collectorUserIds));
    const notCollectors = collectorUserIds.filter((id) => !collectors.has(id));
    if (notCollectors.length) {
      throw AppError.invalidField(
        'collectorUserIds',
        `user ${notCollectors.join(', ')} does not hold the collector role`,
      );
    }
  }

  /** Two areas claiming one cell at once: the cell's primary key lets one through; the other is told why. */
  private async claimingCells<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (isUniqueViolation(error) || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw AppError.invalidField('cellIds', 'a cell is already in another area');
      }
      throw error;
    }
  }

  private async setMembers(em: EntityManager, areaId: number, cellIds?: number[], collectorUserIds?: number[]) {
    if (cellIds) {
      await em.delete(PickupAreaCell, { areaId });
      await em.insert(
        PickupAreaCell,
        cellIds.map((cellId) => ({ areaId, cellId })),
      );
    }
    if (collectorUserIds) {
      await em.delete(PickupAreaCollector, { areaId });
      await em.insert(
        PickupAreaCollector,
        collectorUserIds.map((userId) => ({ areaId, userId })),
      );
    }
  }
}

export function canManage(caller: Caller, area: LoadedArea): boolean {
  if (caller.isAdmin) return true;
  const mine = caller.scopeIds('cell_manager');
  return area.cellIds.some((id) => mine.includes(id));
}
