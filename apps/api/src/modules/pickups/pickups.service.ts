import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  chinaDateStart,
  chinaDayStart,
  OPEN_PICKUP_STATUSES,
  type Page,
  PICKUP_DISPOSAL_CATEGORIES,
  type PickupStatus,
} from '@zerowaste/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import { AppError } from '../../common/errors/app-error';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { pageOf, pageWindow } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { CONFIG, type Config } from '../../config/config';
import type { PickupRules } from '../../config/points.config';
import { select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { ImagesService } from '../images/images.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsService } from '../points/points.service';
import { UsersService } from '../users/users.service';
import type {
  AssignedPickupsQueryDto,
  AssignPickupDto,
  BookedPickupResponseDto,
  CompletePickupDto,
  CompletePickupResponseDto,
  CreatePickupDto,
  MissedPickupDto,
  PickupListQueryDto,
  PickupResponseDto,
  RatePickupDto,
  RecyclingSummaryResponseDto,
} from './dto/pickup.dto';
import type { CollectorStatsResponseDto } from './dto/pickup-area.dto';
import { Pickup } from './pickup.entity';
import { canManage, PickupAreasService } from './pickup-areas.service';
import { pickupMessage } from './pickup-messages';
import { PickupSlot } from './pickup-slot.entity';
import { bookedRow, pickupView } from './pickup-view';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const OPEN = OPEN_PICKUP_STATUSES.map((s) => `'${s}'`).join(', ');

/** What happened to a booking, for listeners (subscription messages) after the change is committed. */
export type PickupEvent = { kind: 'booked' | 'started' | 'completed' | 'missed' | 'cancelled'; pickup: Pickup };

/**
 * Doorstep pickups: booking into a slot's capacity, the collector's round, the weighed completion
 * that awards points through the ledger once, cancellation and rating.
 *
 * Lock order in every transaction: the resident's points account (the per-resident lock that keeps
 * `maxOpen` true), then the slot or the booking. A booking takes its units with one guarded UPDATE.
 */
@Injectable()
export class PickupsService {
  private readonly logger = new Logger(PickupsService.name);
  private readonly rules: PickupRules;
  private readonly listeners: ((event: PickupEvent) => Promise<void> | void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly areas: PickupAreasService,
    private readonly points: PointsService,
    private readonly users: UsersService,
    private readonly images: ImagesService,
    private readonly cipher: PiiCipher,
    private readonly notifications: NotificationsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.rules = config.points.pickup;
  }

  /** Called after each committed change (P2's subscription messages); a listener's failure never fails the request. */
  onEvent(listener: (event: PickupEvent) => Promise<void> | void): void {
    this.listeners.push(listener);
  }

  async book(caller: Caller, dto: CreatePickupDto, pending?: PendingAnswer): Promise<BookedPickupResponseDto> {
    const area = await this.areas.homeArea(caller.userId);
    const slot = await this.dataSource.getRepository(PickupSlot).findOneBy({ id: dto.slotId });
    if (!slot || slot.areaId !== area.id) throw AppError.notFound('Pickup slot');
    const now = new Date();
    assertBookable(slot, now);
    dto.items.forEach((item, i) => {
      if (item.estimatedKg > this.rules.maxKgPerItem) {
        throw AppError.invalidField(`items.${i}.estimatedKg`, `must be at most ${this.rules.maxKgPerItem} kg`);
      }
    });
    const estimatedKg = dto.items.reduce((sum, i) => sum + i.estimatedKg, 0);
    if (estimatedKg < this.rules.minKg) {
      throw new AppError(
        'BELOW_MIN_KG',
        `items: ${round2(estimatedKg)} kg in all is below the ${this.rules.minKg} kg a visit needs; take it to a drop-off point`,
      );
    }
    const units = dto.items.reduce((sum, i) => sum + this.rules.units[i.category], 0);
    const accountId = await this.points.ensureAccount({ userId: caller.userId });
    const subscribe = [...new Set(dto.subscribe ?? [])];
    // Read before the transaction: a query outside it while it holds a connection could wait on a
    // pool that 100 concurrent bookings have exhausted.
    const names = await this.users.nicknames(await this.areas.collectorIds(area.id));
    const { answer, pickup } = await this.tx.run(async (em) => {
      await this.points.lock(em, accountId);
      const [open] = await select<{ n: number | string }>(
        em,
        `SELECT COUNT(*) AS n FROM pickups WHERE userId = ? AND status IN (${OPEN})`,
        [caller.userId],
      );
      if (Number(open.n) >= this.rules.maxOpen) {
        throw new AppError('TOO_MANY_OPEN_PICKUPS', `You already hold ${this.rules.maxOpen} open pickups`);
      }
      const taken = await write(
        em,
        'UPDATE pickup_slots SET booked = booked + ?, updatedAt = ? WHERE id = ? AND booked + ? <= capacity AND closed = 0 AND startsAt > ?',
        [units, sqlTime(now), slot.id, units, sqlTime(now)],
      );
      if (!taken.affected) {
        const current = await em.findOneByOrFail(PickupSlot, { id: slot.id });
        assertBookable(current, now);
        throw new AppError(
          'SLOT_FULL',
          `The slot has ${Math.max(current.capacity - current.booked, 0)} of the ${units} units this needs`,
        );
      }
      const collectorUserId = await this.leastBusyCollector(em, area.id, slot.id);
      const pickup = await em.save(
        Pickup,
        em.create(
          Pickup,
          bookedRow(this.cipher, {
            userId: caller.userId,
            areaId: area.id,
            cellId: area.cellId,
            slot,
            collectorUserId,
            units,
            items: dto.items.map((i) => ({ category: i.category, estimatedKg: i.estimatedKg })),
            phone: dto.phone,
            address: dto.address,
            note: dto.note ?? '',
            subscribe,
          }),
        ),
      );
      // In the booking's transaction, so that a booking never commits without the consents given with it.
      await this.notifications.recordConsents(em, caller.userId, subscribe, { refType: 'pickup', refId: pickup.id });
      const booked = await em.findOneByOrFail(PickupSlot, { id: slot.id });
      const nickname = collectorUserId === null ? null : (names.get(collectorUserId) ?? '');
      const {
        id,
        status,
        slot: bookedSlot,
        items,
        collector,
      } = pickupView(pickup, { slot: booked, collectorNickname: nickname, full: false }, this.cipher);
      // Recorded for replays: without the phone and address, which are stored only encrypted.
      const answer = { id, status, slot: bookedSlot, items, subscribe, collector };
      await pending?.record(em, answer);
      return { answer, pickup };
    });
    this.emit({ kind: 'booked', pickup });
    return answer;
  }

  async listMine(caller: Caller, query: PickupListQueryDto): Promise<Page<PickupResponseDto>> {
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource.getRepository(Pickup).findAndCount({
      where: { userId: caller.userId, ...(query.status && { status: query.status }) },
      order: { id: 'DESC' },
      skip,
      take,
    });
    return pageOf(query, await this.views(caller, rows), total);
  }

  /** The owner, the assigned collector, the area's managers and admins; anyone else 404. */
  async get(caller: Caller, id: number): Promise<PickupResponseDto> {
    const pickup = await this.visible(caller, id);
    return (await this.views(caller, [pickup]))[0];
  }

  /** The owner, until `cancelBeforeMinutes` before the slot: the units go back to the slot. */
  async cancel(caller: Caller, id: number): Promise<PickupResponseDto> {
    const pickup = await this.dataSource.getRepository(Pickup).findOneBy({ id });
    if (!pickup || pickup.userId !== caller.userId) throw AppError.notFound('Pickup');
    if (pickup.status !== 'booked') throw closed(pickup.status);
    const deadline = new Date(pickup.startsAt.getTime() - this.rules.cancelBeforeMinutes * MINUTE_MS);
    const now = new Date();
    if (now > deadline) {
      throw new AppError(
        'CANCEL_TOO_LATE',
        `Bookings can be cancelled until ${this.rules.cancelBeforeMinutes} minutes before the slot (${deadline.toISOString()})`,
      );
    }
    await this.tx.run(async (em) => {
      const moved = await this.move(em, id, ['booked'], { status: 'cancelled', endedAt: now });
      if (!moved) throw closed((await em.findOneByOrFail(Pickup, { id })).status);
      await write(em, 'UPDATE pickup_slots SET booked = booked - ?, updatedAt = ? WHERE id = ?', [
        pickup.units,
        sqlTime(now),
        pickup.slotId,
      ]);
    });
    return this.after(caller, id, 'cancelled');
  }

  /** A manager of the area or an admin hands the booking to another of the area's collectors. */
  async assign(caller: Caller, id: number, dto: AssignPickupDto): Promise<PickupResponseDto> {
    const pickup = await this.dataSource.getRepository(Pickup).findOneBy({ id });
    if (!pickup) throw AppError.notFound('Pickup');
    const area = await this.areas.load(pickup.areaId, 'Pickup');
    if (!canManage(caller, area)) throw AppError.notFound('Pickup');
    if (!area.collectorUserIds.includes(dto.collectorUserId)) {
      throw AppError.invalidField('collectorUserId', 'is not a collector of this pickup area');
    }
    const moved = await this.tx.run((em) =>
      this.move(em, id, OPEN_PICKUP_STATUSES, { collectorUserId: dto.collectorUserId }),
    );
    if (!moved) throw closed(pickup.status);
    return this.get(caller, id);
  }

  /** The collector's round of a China day, in slot order, with addresses, phones and coordinates in full. */
  async assigned(caller: Caller, query: AssignedPickupsQueryDto): Promise<Page<PickupResponseDto>> {
    const from = query.date ? chinaDateStart(query.date) : chinaDayStart(new Date());
    if (!from) throw AppError.invalidField('date', 'is not a date');
    const until = new Date(from.getTime() + DAY_MS);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource
      .getRepository(Pickup)
      .createQueryBuilder('p')
      .where('p.collectorUserId = :me AND p.startsAt >= :from AND p.startsAt < :until', {
        me: caller.userId,
        from,
        until,
      })
      .andWhere('p.status <> :cancelled', { cancelled: 'cancelled' })
      .orderBy('p.startsAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return pageOf(query, await this.views(caller, rows), total);
  }

  /** The assigned collector sets out (on the way). */
  async start(caller: Caller, id: number): Promise<PickupResponseDto> {
    await this.mine(caller, id);
    const moved = await this.tx.run(async (em) => {
      if (!(await this.move(em, id, ['booked'], { status: 'on_the_way', startedAt: new Date() }))) return false;
      // Queued with the status change, so a crash between the two cannot lose the message.
      const pickup = await em.getRepository(Pickup).findOneByOrFail({ id });
      await this.notifications.queue(em, pickupMessage(pickup, 'pickup_on_the_way', '回收员已出发，请留意来电'));
      return true;
    });
    if (!moved) throw closed((await this.dataSource.getRepository(Pickup).findOneByOrFail({ id })).status);
    return this.after(caller, id, 'started');
  }

  /** Nobody was home: the booking ends without points; its units stay used (the slot was served). */
  async missed(caller: Caller, id: number, dto: MissedPickupDto): Promise<PickupResponseDto> {
    await this.mine(caller, id);
    const moved = await this.tx.run((em) =>
      this.move(em, id, OPEN_PICKUP_STATUSES, { status: 'missed', missedReason: dto.reason, endedAt: new Date() }),
    );
    if (!moved) throw closed((await this.dataSource.getRepository(Pickup).findOneByOrFail({ id })).status);
    return this.after(caller, id, 'missed');
  }

  /**
   * The collector records what was weighed: points per kg and category through the ledger, and the
   * CO2e avoided, exactly once — the guarded status change lets one completion through, and the
   * idempotent answer is recorded in the same transaction.
   */
  async complete(
    caller: Caller,
    id: number,
    dto: CompletePickupDto,
    pending?: PendingAnswer,
  ): Promise<CompletePickupResponseDto> {
    const pickup = await this.mine(caller, id);
    dto.weights.forEach((w, i) => {
      if (w.kg > this.rules.maxKgPerItem) {
        throw AppError.invalidField(`weights.${i}.kg`, `must be at most ${this.rules.maxKgPerItem} kg`);
      }
    });
    const points = Math.floor(dto.weights.reduce((sum, w) => sum + w.kg * this.rules.pointsPerKg[w.category], 0));
    const co2eKg = round2(dto.weights.reduce((sum, w) => sum + w.kg * this.config.carbon[w.category].kgCo2ePerKg, 0));
    const recycledKg = round2(
      dto.weights.filter((w) => !PICKUP_DISPOSAL_CATEGORIES.includes(w.category)).reduce((sum, w) => sum + w.kg, 0),
    );
    const accountId = await this.points.ensureAccount({ userId: pickup.userId });
    const { answer, done } = await this.tx.run(async (em) => {
      const account = await this.points.lock(em, accountId);
      await this.images.assertOwned(em, caller.userId, dto.imageIds ?? [], 'evidence');
      const moved = await this.move(em, id, OPEN_PICKUP_STATUSES, {
        status: 'completed',
        weights: dto.weights.map((w) => ({ category: w.category, kg: w.kg })),
        recycledKg,
        co2eKg,
        pointsAwarded: points,
        endedAt: new Date(),
      });
      if (!moved) throw closed((await em.findOneByOrFail(Pickup, { id })).status);
      if (points > 0) {
        await this.points.apply(em, account, {
          kind: 'pickup',
          amount: points,
          refType: 'pickup',
          refId: id,
          actorUserId: caller.userId,
          note: '上门回收',
        });
      }
      const answer = { pointsAwarded: points, co2eKg, balance: account.balance };
      await pending?.record(em, answer);
      return { answer, done: await em.findOneByOrFail(Pickup, { id }) };
    });
    this.emit({ kind: 'completed', pickup: done });
    return answer;
  }

  /** The owner rates a completed pickup, once. */
  async rate(caller: Caller, id: number, dto: RatePickupDto): Promise<PickupResponseDto> {
    const pickup = await this.dataSource.getRepository(Pickup).findOneBy({ id });
    if (!pickup || pickup.userId !== caller.userId) throw AppError.notFound('Pickup');
    if (pickup.status !== 'completed') throw closed(pickup.status);
    const rated = await this.tx.writeOnce(
      'UPDATE pickups SET ratingStars = ?, ratingComment = ?, updatedAt = ? WHERE id = ? AND ratingStars IS NULL',
      [dto.stars, dto.comment ?? '', sqlTime(new Date()), id],
    );
    if (!rated.affected) throw new AppError('CONFLICT', 'This pickup is already rated');
    return this.get(caller, id);
  }

  /** Per collector of the area: bookings, completions, misses (and their rate), ratings. One grouped query. */
  async collectorStats(caller: Caller, areaId: number, query: PageQueryDto): Promise<Page<CollectorStatsResponseDto>> {
    const area = await this.areas.managed(caller, areaId);
    const { skip, take } = pageWindow(query);
    const rows = await select<{
      userId: number | string;
      assigned: number | string;
      completed: number | string | null;
      missed: number | string | null;
      ratings: number | string;
      stars: number | string | null;
    }>(
      this.dataSource.manager,
      `SELECT c.userId AS userId, COUNT(p.id) AS assigned,
              SUM(CASE WHEN p.status = 'completed' THEN 1 ELSE 0 END) AS completed,
              SUM(CASE WHEN p.status = 'missed' THEN 1 ELSE 0 END) AS missed,
              COUNT(p.ratingStars) AS ratings, AVG(p.ratingStars) AS stars
         FROM pickup_area_collectors c
         LEFT JOIN pickups p ON p.collectorUserId = c.userId AND p.areaId = c.areaId AND p.status <> 'cancelled'
        WHERE c.areaId = ?
        GROUP BY c.userId
        ORDER BY c.userId
        LIMIT ? OFFSET ?`,
      [areaId, take, skip],
    );
    const names = await this.users.nicknames(rows.map((r) => Number(r.userId)));
    const items = rows.map((r) => {
      const [completed, missed] = [Number(r.completed ?? 0), Number(r.missed ?? 0)];
      return {
        collector: { id: Number(r.userId), nickname: names.get(Number(r.userId)) ?? '' },
        assigned: Number(r.assigned),
        completed,
        missed,
        missedRate: completed + missed ? round2(missed / (completed + missed)) : 0,
        ratings: Number(r.ratings),
        averageStars: r.stars === null ? null : round2(Number(r.stars)),
      };
    });
    return pageOf(query, items, area.collectorUserIds.length);
  }

  /** 我的: the resident's completed pickups, kg recycled and CO2e avoided. */
  async recycling(caller: Caller): Promise<RecyclingSummaryResponseDto> {
    const [row] = await select<{ n: number | string; kg: number | string | null; co2e: number | string | null }>(
      this.dataSource.manager,
      `SELECT COUNT(*) AS n, SUM(recycledKg) AS kg, SUM(co2eKg) AS co2e FROM pickups WHERE userId = ? AND status = 'completed'`,
      [caller.userId],
    );
    return { pickups: Number(row.n), recycledKg: round2(Number(row.kg ?? 0)), co2eKg: round2(Number(row.co2e ?? 0)) };
  }

  // ---- for the jobs (reminders, expiry, erasure) ----

  /** Open bookings whose slot starts in [from, until), in slot order (the evening-before reminders). */
  startingBetween(from: Date, until: Date): Promise<Pickup[]> {
    return this.dataSource
      .getRepository(Pickup)
      .createQueryBuilder('p')
      .where('p.status IN (:...open) AND p.startsAt >= :from AND p.startsAt < :until', {
        open: OPEN_PICKUP_STATUSES,
        from,
        until,
      })
      .orderBy('p.startsAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * Open bookings whose slot ended more than `graceMs` before `now` with nobody serving them become
   * `expired`, ended at `now`. Returns how many.
   */
  async expireDue(now = new Date(), graceMs = 0): Promise<number> {
    const done = await this.tx.writeOnce(
      `UPDATE pickups SET status = 'expired', endedAt = ?, updatedAt = ?
        WHERE status IN (${OPEN}) AND slotId IN (SELECT id FROM pickup_slots WHERE endsAt < ?)`,
      [sqlTime(now), sqlTime(now), sqlTime(new Date(now.getTime() - graceMs))],
    );
    return done.affected;
  }

  /** Erases the phone and address of bookings ended before `endedBefore` (the masked copies stay). */
  async erasePersonalData(endedBefore: Date): Promise<number> {
    const now = sqlTime(new Date());
    const done = await this.tx.writeOnce(
      `UPDATE pickups SET phoneEnc = NULL, addressEnc = NULL, piiErasedAt = ?, updatedAt = ?
        WHERE endedAt < ? AND piiErasedAt IS NULL`,
      [now, now, sqlTime(endedBefore)],
    );
    return done.affected;
  }

  // ---- helpers ----

  /** A booking the caller may see; 404 otherwise (nothing tells whether it exists). */
  private async visible(caller: Caller, id: number): Promise<Pickup> {
    const pickup = await this.dataSource.getRepository(Pickup).findOneBy({ id });
    if (!pickup) throw AppError.notFound('Pickup');
    if (pickup.userId === caller.userId || pickup.collectorUserId === caller.userId || caller.isAdmin) return pickup;
    if (caller.has('cell_manager') && canManage(caller, await this.areas.load(pickup.areaId, 'Pickup'))) return pickup;
    throw AppError.notFound('Pickup');
  }

  /** A booking the calling collector acts on: 403 when it is assigned to someone else. */
  private async mine(caller: Caller, id: number): Promise<Pickup> {
    const pickup = await this.dataSource.getRepository(Pickup).findOneBy({ id });
    if (!pickup) throw AppError.notFound('Pickup');
    if (pickup.collectorUserId !== caller.userId)
      throw AppError.forbidden('This pickup is assigned to another collector');
    return pickup;
  }

  /** A guarded status change: true when the booking was in one of `from`. */
  private async move(
    em: EntityManager,
    id: number,
    from: readonly PickupStatus[],
    changes: Partial<Pickup>,
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(Pickup)
      .set(changes)
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return !!result.affected;
  }

  private async leastBusyCollector(em: EntityManager, areaId: number, slotId: number): Promise<number | null> {
    const [row] = await select<{ userId: number | string }>(
      em,
      `SELECT c.userId AS userId, COUNT(p.id) AS n
         FROM pickup_area_collectors c
         LEFT JOIN pickups p ON p.collectorUserId = c.userId AND p.slotId = ? AND p.status <> 'cancelled'
        WHERE c.areaId = ?
        GROUP BY c.userId
        ORDER BY n ASC, c.userId ASC
        LIMIT 1`,
      [slotId, areaId],
    );
    return row ? Number(row.userId) : null;
  }

  private async after(caller: Caller, id: number, kind: PickupEvent['kind']): Promise<PickupResponseDto> {
    const pickup = await this.dataSource.getRepository(Pickup).findOneByOrFail({ id });
    this.emit({ kind, pickup });
    return (await this.views(caller, [pickup]))[0];
  }

  private emit(event: PickupEvent): void {
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(event))
        .catch((error: Error) => this.logger.warn(`pickup ${event.kind} listener failed: ${error.message}`));
    }
  }

  /** Responses for rows: their slots, collectors' names and consents in three queries. */
  private async views(caller: Caller, rows: Pickup[]): Promise<PickupResponseDto[]> {
    if (!rows.length) return [];
    const [slots, names] = await Promise.all([
      this.dataSource.getRepository(PickupSlot).findBy({ id: In([...new Set(rows.map((r) => r.slotId))]) }),
      this.users.nicknames(rows.flatMap((r) => (r.collectorUserId === null ? [] : [r.collectorUserId]))),
    ]);
    return rows.map((p) =>
      pickupView(
        p,
        {
          slot: slots.find((s) => s.id === p.slotId) as PickupSlot,
          collectorNickname: p.collectorUserId === null ? null : (names.get(p.collectorUserId) ?? ''),
          full: p.userId === caller.userId || p.collectorUserId === caller.userId,
        },
        this.cipher,
      ),
    );
  }
}

/** Closed, or already started: a 409 naming which. */
function assertBookable(slot: PickupSlot, now: Date): void {
  if (slot.closed) throw new AppError('SLOT_CLOSED', 'This slot is closed (a holiday, or taken off)');
  if (slot.startsAt <= now) throw new AppError('SLOT_PAST', 'This slot has already started');
}

function closed(status: PickupStatus): AppError {
  return new AppError('PICKUP_CLOSED', `This pickup is ${status.replace(/_/g, ' ')}`);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
