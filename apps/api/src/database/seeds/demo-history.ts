import type { INestApplicationContext } from '@nestjs/common';
import {
  type ActivityKind,
  type CellType,
  chinaDateOf,
  chinaMonthRange,
  chinaPeriodOf,
  REDEMPTION_CODE_ALPHABET,
  REDEMPTION_CODE_LENGTH,
  type RubricIndicator,
  shiftPeriod,
  WASTE_CATEGORIES,
  WASTE_CATEGORY_LABELS,
  type WasteCategory,
} from '@zerowaste/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Bin } from '../../modules/bins/bin.entity';
import { uniqueCode } from '../../modules/bins/unique-code';
import { RubricsService } from '../../modules/scoring/rubrics.service';
import { ScoringService } from '../../modules/scoring/scoring.service';
import { sqlTime } from '../sql';
import type { DemoSeedContext } from './demo-seed';

/** Full months of history before the current one (which gets its days so far, for the 30-day alerts). */
export const DEMO_HISTORY_MONTHS = 6;

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const INSERT_BATCH = 1000;

/**
 * How each cell with residents behaves, from the first month of the history to the last: the share of its
 * households whose residents use the app, the share of those who sort at its bins in a month, how often
 * an inspector's verdict says "correct", and the share who answer the daily quiz.
 */
const NEIGHBOURHOODS = [
  { cell: 'community', share: 0.95, active: [0.66, 0.89], correct: [0.74, 0.93], quiz: [0.25, 0.42] },
  { cell: 'community2', share: 0.9, active: [0.52, 0.7], correct: [0.6, 0.8], quiz: [0.15, 0.3] },
  { cell: 'village', share: 0.92, active: [0.6, 0.82], correct: [0.66, 0.87], quiz: [0.2, 0.35] },
] as const;

/** Bins 清风苑 gets (the base seed gives bins to 幸福里 and 东三召村 only). */
const MORE_BINS: { cell: string; name: string; category: WasteCategory | null; lat: number; lng: number }[] = [
  { cell: 'community2', name: '2 号楼北侧分类站', category: null, lat: 37.0869, lng: 114.4826 },
  { cell: 'community2', name: '东门可回收物桶', category: 'recyclable', lat: 37.0866, lng: 114.4833 },
];

/** What each type of cell holds in a month (the first kinds more often). */
const ACTIVITIES_BY_TYPE: Record<string, ActivityKind[]> = {
  community: ['door_to_door', 'publicity_day', 'flea_market', 'clean_up', 'training'],
  village: ['clean_up', 'publicity_day', 'door_to_door', 'training'],
  scenic_area: ['clean_up', 'publicity_day'],
  office: ['clean_plate', 'training', 'publicity_day'],
  school: ['publicity_day', 'clean_plate', 'training'],
  restaurant: ['clean_plate', 'training'],
  mall: ['publicity_day', 'training', 'flea_market'],
  express_outlet: ['training', 'publicity_day'],
  family: ['clean_plate'],
};

const ACTIVITY_TITLES: Record<ActivityKind, string[]> = {
  publicity_day: ['垃圾分类主题宣传日', '“无废城市”进社区宣传', '分类知识有奖问答'],
  door_to_door: ['入户指导：四分类投放要点', '楼栋长入户宣讲', '新住户分类指导'],
  clean_plate: ['光盘行动倡议', '食堂光盘打卡周', '拒绝舌尖上的浪费'],
  flea_market: ['周末跳蚤市场', '闲置物品交换集市', '旧书旧玩具交换'],
  clean_up: ['环境清洁行动', '房前屋后大扫除', '河道沿岸捡拾垃圾'],
  training: ['垃圾分类知识培训', '督导员业务培训', '保洁人员分类培训'],
};

/** A small seeded generator, so that every demo start has the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LedgerEvent {
  accountId: number;
  at: number;
  kind: 'drop' | 'drop_bonus' | 'quiz' | 'redemption';
  amount: number;
  refType: string;
  refId: number;
  actorUserId: number | null;
  note: string;
}

/** Rows for one table, inserted in a few multi-row statements with explicit ids. */
class Table {
  readonly rows: unknown[][] = [];

  constructor(
    readonly name: string,
    readonly columns: string[],
  ) {}

  add(...values: unknown[]): void {
    this.rows.push(values);
  }

  async insert(em: EntityManager): Promise<void> {
    const columns = this.columns.map((c) => `\`${c}\``).join(', ');
    const row = `(${this.columns.map(() => '?').join(', ')})`;
    for (let i = 0; i < this.rows.length; i += INSERT_BATCH) {
      const batch = this.rows.slice(i, i + INSERT_BATCH);
      await em.query(
        `INSERT INTO \`${this.name}\` (${columns}) VALUES ${batch.map(() => row).join(', ')}`,
        batch.flat(),
      );
    }
  }
}

async function nextId(em: EntityManager, table: string): Promise<number> {
  const [row] = (await em.query(`SELECT MAX(id) AS id FROM \`${table}\``)) as { id: number | string | null }[];
  return Number(row?.id ?? 0) + 1;
}

/**
 * Months of life in the demo city, so that every cell has a score history on first start: residents of
 * the three neighbourhoods sorting at their bins, inspectors' verdicts, daily quiz answers, points spent
 * at the two shops, and every cell's activities. Generated in memory (the same every time) and written
 * with a few multi-row INSERTs per table; the points ledger is written in time order with its running
 * balances, so every balance still equals the sum of its entries.
 */
export async function seedDemoHistory({ em, cellId, userId }: DemoSeedContext, now = new Date()): Promise<void> {
  const rand = random(20261203);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const current = chinaPeriodOf(now);
  const periods = Array.from({ length: DEMO_HISTORY_MONTHS + 1 }, (_, i) =>
    shiftPeriod(current, i - DEMO_HISTORY_MONTHS),
  );
  const historyStart = chinaMonthRange(periods[0]).start.getTime();
  const today = chinaDateOf(now);
  const at = (time: number) => sqlTime(new Date(time));
  // A progress of 0 in the first month to 1 in the last full one, for values that improve over the months.
  const along = (m: number, [from, to]: readonly [number, number]) =>
    from + (to - from) * Math.min(1, m / (DEMO_HISTORY_MONTHS - 1)) + (rand() - 0.5) * 0.04;
  const months = new Map(
    periods.map((period) => {
      const { start, end } = chinaMonthRange(period);
      const days = Math.round((end.getTime() - start.getTime()) / DAY);
      return [
        period,
        { start: start.getTime(), days: period === current ? Math.max(1, Number(today.slice(8)) - 1) : days },
      ];
    }),
  );
  /** A moment on a random day of the month (before today in the current month), in waking hours. */
  const momentIn = (period: string) => {
    const { start, days } = months.get(period) as { start: number; days: number };
    return start + Math.floor(rand() * days) * DAY + (7 + rand() * 14) * HOUR;
  };

  // The bins were in place before the history starts (scoring counts a bin from its registration on).
  const binIds = new Map<string, { id: number; category: WasteCategory | null }[]>();
  for (const { cell, ...bin } of MORE_BINS) {
    await em.insert(Bin, {
      ...bin,
      cellId: cellId(cell),
      code: await uniqueCode(em, Bin),
      codeVersion: 1,
      status: 'active',
    });
  }
  const longAgo = at(historyStart - 30 * DAY);
  await em.query('UPDATE bins SET createdAt = ?, updatedAt = ?', [longAgo, longAgo]);
  for (const row of (await em.query('SELECT id, cellId, category FROM bins')) as {
    id: number;
    cellId: number;
    category: WasteCategory | null;
  }[]) {
    const list = binIds.get(String(row.cellId)) ?? [];
    list.push({ id: Number(row.id), category: row.category });
    binIds.set(String(row.cellId), list);
  }

  const users = new Table('users', ['id', 'openid', 'nickname', 'homeCellId', 'createdAt', 'updatedAt']);
  const accounts = new Table('points_accounts', [
    'id',
    'userId',
    'householdCardId',
    'balance',
    'createdAt',
    'updatedAt',
  ]);
  const drops = new Table('drops', [
    'id',
    'binId',
    'cellId',
    'category',
    'accountId',
    'recordedByUserId',
    'awarded',
    'verdict',
    'verdictByUserId',
    'verdictAt',
    'createdAt',
  ]);
  const quiz = new Table('quiz_attempts', ['id', 'userId', 'day', 'correct', 'awarded', 'createdAt']);
  const events: LedgerEvent[] = [];
  let nextUser = await nextId(em, 'users');
  let nextAccount = await nextId(em, 'points_accounts');
  let nextDrop = await nextId(em, 'drops');
  let nextQuiz = await nextId(em, 'quiz_attempts');
  const inspector = userId('demo-inspector');
  const admin = userId('demo-admin');
  const residentsByCell = new Map<string, { userId: number; accountId: number }[]>();

  for (const hood of NEIGHBOURHOODS) {
    const cell = cellId(hood.cell);
    const [{ households }] = (await em.query('SELECT households FROM cells WHERE id = ?', [cell])) as {
      households: number;
    }[];
    const cellBins = binIds.get(String(cell)) ?? [];
    const residents: { userId: number; accountId: number }[] = [];
    for (let i = 0; i < Math.round(Number(households) * hood.share); i++) {
      const resident = { userId: nextUser++, accountId: nextAccount++ };
      const building = 1 + (i % 24);
      const nickname = `${building}号楼${1 + (Math.floor(i / 24) % 6)}单元${101 + Math.floor(i / 144) * 100 + (i % 4)}`;
      users.add(
        resident.userId,
        `demo-r-${hood.cell}-${i + 1}`,
        nickname,
        cell,
        at(historyStart - 20 * DAY),
        at(historyStart - 20 * DAY),
      );
      accounts.add(
        resident.accountId,
        resident.userId,
        null,
        0,
        at(historyStart - 20 * DAY),
        at(historyStart - 20 * DAY),
      );
      residents.push(resident);
    }
    residentsByCell.set(hood.cell, residents);
    const judge = hood.cell === 'community2' ? admin : inspector;
    periods.forEach((period, m) => {
      const active = along(m, hood.active);
      const correct = along(m, hood.correct);
      const quizzers = along(m, hood.quiz);
      for (const r of residents) {
        if (cellBins.length && rand() < active) {
          for (let k = rand() < 0.3 ? 2 : 1; k > 0; k--) {
            const bin = pick(cellBins);
            const category = bin.category ?? pick(WASTE_CATEGORIES);
            const time = momentIn(period);
            const id = nextDrop++;
            const judged = rand() < 0.3;
            const right = judged && rand() < correct;
            const verdictAt = time + (1 + rand() * 5) * HOUR;
            drops.add(
              id,
              bin.id,
              cell,
              category,
              r.accountId,
              r.userId,
              2,
              judged ? (right ? 'correct' : 'incorrect') : null,
              judged ? judge : null,
              judged ? at(verdictAt) : null,
              at(time),
            );
            events.push({
              accountId: r.accountId,
              at: time,
              kind: 'drop',
              amount: 2,
              refType: 'drop',
              refId: id,
              actorUserId: null,
              note: WASTE_CATEGORY_LABELS[category],
            });
            if (right) {
              events.push({
                accountId: r.accountId,
                at: verdictAt,
                kind: 'drop_bonus',
                amount: 1,
                refType: 'drop',
                refId: id,
                actorUserId: judge,
                note: `${WASTE_CATEGORY_LABELS[category]}投放正确`,
              });
            }
          }
        }
        if (rand() < quizzers) {
          const days = new Set<string>();
          for (let k = rand() < 0.4 ? 2 : 1; k > 0; k--) days.add(chinaDateOf(new Date(momentIn(period))));
          for (const day of days) {
            const right = 2 + Math.floor(rand() * 4);
            const id = nextQuiz++;
            const time = new Date(`${day}T12:00:00+08:00`).getTime();
            quiz.add(id, r.userId, day, right, right, at(time));
            events.push({
              accountId: r.accountId,
              at: time,
              kind: 'quiz',
              amount: right,
              refType: 'quiz_attempt',
              refId: id,
              actorUserId: null,
              note: `每日答题 ${day}`,
            });
          }
        }
      }
    });
  }

  // Points spent at the two shops, late in each month, by residents who have enough by then (the seeded
  // stock is what is left on the shelves now).
  const shops = (await em.query(
    'SELECT s.id AS shopId, s.cellId AS cellId, r.id AS rewardId, r.cost AS cost, r.name AS name FROM shops s JOIN rewards r ON r.shopId = s.id',
  )) as { shopId: number; cellId: number; rewardId: number; cost: number; name: string }[];
  const earned = new Map<number, LedgerEvent[]>();
  for (const e of events) {
    const list = earned.get(e.accountId) ?? [];
    list.push(e);
    earned.set(e.accountId, list);
  }
  const spent = new Map<number, number>();
  const redemptions = new Table('redemptions', [
    'id',
    'accountId',
    'requestedByUserId',
    'rewardId',
    'shopId',
    'cost',
    'code',
    'status',
    'expiresAt',
    'fulfilledAt',
    'fulfilledByUserId',
    'createdAt',
    'updatedAt',
  ]);
  const codes = new Set<string>();
  let nextRedemption = await nextId(em, 'redemptions');
  const shopkeeper = userId('demo-shopkeeper');
  for (const hood of NEIGHBOURHOODS) {
    const offers = shops.filter((s) => Number(s.cellId) === cellId(hood.cell));
    if (!offers.length) continue;
    for (const period of periods.slice(0, -1)) {
      for (const r of residentsByCell.get(hood.cell) ?? []) {
        if (rand() >= 0.06) continue;
        const time = (months.get(period)?.start ?? 0) + (18 + Math.floor(rand() * 9)) * DAY + (9 + rand() * 9) * HOUR;
        const balance =
          (earned.get(r.accountId) ?? []).filter((e) => e.at < time).reduce((n, e) => n + e.amount, 0) -
          (spent.get(r.accountId) ?? 0);
        const affordable = offers.filter((o) => Number(o.cost) <= balance);
        if (!affordable.length) continue;
        const offer = pick(affordable);
        let code = '';
        while (!code || codes.has(code)) {
          code = Array.from({ length: REDEMPTION_CODE_LENGTH }, () => pick([...REDEMPTION_CODE_ALPHABET])).join('');
        }
        codes.add(code);
        const id = nextRedemption++;
        const handed = time + (0.5 + rand() * 20) * HOUR;
        redemptions.add(
          id,
          r.accountId,
          r.userId,
          offer.rewardId,
          offer.shopId,
          offer.cost,
          code,
          'fulfilled',
          at(time + 72 * HOUR),
          at(handed),
          shopkeeper,
          at(time),
          at(handed),
        );
        events.push({
          accountId: r.accountId,
          at: time,
          kind: 'redemption',
          amount: -Number(offer.cost),
          refType: 'redemption',
          refId: id,
          actorUserId: null,
          note: offer.name,
        });
        spent.set(r.accountId, (spent.get(r.accountId) ?? 0) + Number(offer.cost));
      }
    }
  }

  // The ledger in time order, each entry with the balance it left.
  const ledger = new Table('ledger_entries', [
    'id',
    'accountId',
    'kind',
    'amount',
    'balanceAfter',
    'refType',
    'refId',
    'actorUserId',
    'note',
    'createdAt',
  ]);
  const balances = new Map<number, number>();
  let nextEntry = await nextId(em, 'ledger_entries');
  events.sort((a, b) => a.at - b.at || a.refId - b.refId);
  for (const e of events) {
    const balance = (balances.get(e.accountId) ?? 0) + e.amount;
    balances.set(e.accountId, balance);
    ledger.add(
      nextEntry++,
      e.accountId,
      e.kind,
      e.amount,
      balance,
      e.refType,
      e.refId,
      e.actorUserId,
      e.note,
      at(e.at),
    );
  }
  for (const row of accounts.rows) row[3] = balances.get(row[0] as number) ?? 0;

  const activities = new Table('cell_activities', [
    'cellId',
    'kind',
    'date',
    'title',
    'attendance',
    'imageIds',
    'recordedByUserId',
    'createdAt',
  ]);
  const cells = (await em.query('SELECT id, type, households FROM cells')) as {
    id: number;
    type: string;
    households: number;
  }[];
  const manager = userId('demo-manager');
  const managed = new Set([cellId('community'), cellId('school')]);
  for (const cell of cells) {
    const kinds = ACTIVITIES_BY_TYPE[cell.type] ?? ['publicity_day'];
    periods.forEach((period, m) => {
      for (let k = Math.floor(rand() * 2) + (m >= 2 ? 2 : 1); k > 0; k--) {
        // The first kinds of a type come up more often.
        const kind = kinds[Math.floor(rand() * rand() * kinds.length)];
        const time = momentIn(period);
        const people = Math.max(1, Math.round((Number(cell.households) || 40) * (0.02 + rand() * 0.08)));
        activities.add(
          Number(cell.id),
          kind,
          chinaDateOf(new Date(time)),
          pick(ACTIVITY_TITLES[kind]),
          people,
          '[]',
          managed.has(Number(cell.id)) ? manager : admin,
          at(time + 3 * HOUR),
        );
      }
    });
  }

  for (const table of [users, accounts, drops, quiz, redemptions, ledger, activities]) await table.insert(em);
}

/**
 * Approved evidence for every manual indicator of every cell in each full month of the history (most
 * checks passed, better as the months go by), then the months scored by the scoring service itself, so
 * that the demo's scores are the ones the API would compute. Runs once, right after the demo seed.
 */
export async function scoreDemoHistory(app: INestApplicationContext, now = new Date()): Promise<void> {
  const dataSource = app.get(DataSource);
  const rubrics = app.get(RubricsService);
  const rand = random(20261204);
  const current = chinaPeriodOf(now);
  const periods = Array.from({ length: DEMO_HISTORY_MONTHS }, (_, i) => shiftPeriod(current, i - DEMO_HISTORY_MONTHS));
  const cells = (await dataSource.query('SELECT id, type FROM cells')) as { id: number; type: CellType }[];
  const [admin] = (await dataSource.query('SELECT id FROM users WHERE openid = ?', ['demo-admin'])) as { id: number }[];
  const evidence = new Table('evidence', [
    'cellId',
    'indicatorKey',
    'period',
    'value',
    'note',
    'imageIds',
    'status',
    'submittedByUserId',
    'reviewedByUserId',
    'reviewedAt',
    'createdAt',
    'updatedAt',
  ]);
  for (const cell of cells) {
    const { rubric } = await rubrics.currentOf(cell.type);
    // Each cell has its own level, so that the ranking has a spread.
    const skill = 0.6 + rand() * 0.35;
    periods.forEach((period, m) => {
      const good = Math.min(0.97, skill + m * 0.04);
      const { start } = chinaMonthRange(period);
      for (const indicator of rubric.indicators) {
        // Now and then a month's evidence is missing, as it is in real life.
        if (indicator.source !== 'manual' || rand() < 0.06) continue;
        const value = manualValue(indicator, good, rand);
        const time = sqlTime(new Date(start.getTime() + (25 + rand() * 4) * DAY));
        evidence.add(
          Number(cell.id),
          indicator.key,
          period,
          value,
          '月度自查记录',
          '[]',
          'approved',
          Number(admin.id),
          Number(admin.id),
          time,
          time,
          time,
        );
      }
    });
  }
  await dataSource.transaction((em) => evidence.insert(em));
  const scoring = app.get(ScoringService);
  for (const period of periods) await scoring.recompute(period, undefined, now);
}

/** A plausible approved value for a manual indicator: `good` is how likely each check passes. */
function manualValue(indicator: RubricIndicator, good: number, rand: () => number): number {
  switch (indicator.rule) {
    case 'deductions':
      return (indicator.checks ?? [1, 2, 3]).filter(() => rand() > good).length;
    case 'yes_no':
      return rand() < good ? (indicator.target ?? 1) : 0;
    default:
      return Math.round((indicator.target ?? 100) * Math.min(1.05, good + rand() * 0.15) * 10) / 10;
  }
}
