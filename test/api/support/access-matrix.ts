/*
 * Every new route gets its row here in the same commit.
 *
 * Who may call each route the API serves, and whose records it reaches. access-matrix.e2e-spec.ts
 * reads the routes from the running app and fails on a route without a row, on a row without a
 * route, and on any answer that breaks a row: no token → 401, a role not listed → 403, a record the
 * caller does not reach → 404 (or the row's `outside`) with nothing changed in the database, and a
 * record they do reach → neither 401, 403 nor 404; what a role's route answers a scoped caller never
 * names the other side's cell.
 *
 * A row: `'METHOD /api/path/:id': { who, target?, reach?, body?, query?, outside? }`. Routes that take
 * an id (in the path, or a scope id in the query or body) name a `target` from `records` below, or a
 * new kind of record there (one short function that makes a fresh one on a side of the world).
 */
import { randomUUID } from 'node:crypto';
import { chinaPeriodOf, type Role, shiftPeriod } from '@zerowaste/shared';
import { Shop } from '../../../apps/api/src/modules/rewards/shop.entity';
import { uploadPhoto } from './images';
import { addReward, openShop } from './shops';
import { type SignedIn, seedCells, signInEveryRole, type TestApp } from './test-app';

/** Anyone without a token; any signed-in user; or only holders of one of these roles (admin only when listed). */
export type Who = 'public' | 'signed-in' | readonly Role[];

/**
 * Who reaches a record of their own side: its owner (the side's resident, who made it), holders of a
 * role (a scoped one for the record: the manager or inspector of its cell, the keeper of its shop; an
 * unscoped one, `admin` or `collector`, for every record), or everyone the route lets in (`all`).
 * Anyone else allowed on the route gets 404 (or the row's `outside`).
 */
export type Reach = 'all' | readonly ('owner' | Role)[];

/** A record made for a check: its id fills `:id` (or `params` fill named path parameters). */
export interface Rec {
  id: number | string;
  params?: Record<string, string | number>;
  [field: string]: unknown;
}

/**
 * One side of the test world: a cell with an open and a closed points shop, a reward, and one user per
 * role, each holding it for this side's cell or shops only. The other side is the same, so a caller
 * of one side meets "another user's record" and "a record outside my scope" on the other. The river
 * chief holds its role unscoped while no river segments exist: once they do, give each side a segment
 * (signInEveryRole's `river_segment`) and the chief's rows reach it.
 */
export interface Side {
  cellId: number;
  cellName: string;
  shopId: number;
  closedShopId: number;
  rewardId: number;
  /** `as.resident` owns the side's records (drops, redemptions); `as.admin` is the same admin on both sides. */
  as: Record<Role, SignedIn>;
}

export interface World {
  t: TestApp;
  a: Side;
  b: Side;
}

export type Make = (w: World, side: Side) => Promise<Rec>;

export interface Row {
  who: Who;
  /** The record the route acts on, made fresh for each check on a side of the world. */
  target?: Make;
  /** Whose records the allowed callers reach; required with `target`. */
  reach?: Reach;
  /** A valid body, so that a request passes validation and meets the scope check. */
  body?: (record: Rec, side: Side, w: World) => unknown;
  /** The query string (without `?`). */
  query?: (record: Rec, side: Side) => string;
  /** The status for a record the caller does not reach, when the route answers otherwise than 404 (say why). */
  outside?: number;
}

/** POSTs as `by` (with an Idempotency-Key, which routes that do not need one ignore) and answers the 2xx body. */
async function made(t: TestApp, by: SignedIn, path: string, body: unknown): Promise<Rec> {
  const res = await t.request('POST', path, { token: by.token, body, headers: { 'idempotency-key': randomUUID() } });
  if (res.status >= 300) throw new Error(`fixture POST ${path}: ${res.status} ${res.text}`);
  return res.json as Rec;
}

/** A bin in the side's cell, with its QR code. */
const bin: Make = ({ t }, s) =>
  made(t, s.as.admin, '/api/bins', {
    cellId: s.cellId,
    name: '可回收物桶',
    category: 'recyclable',
    lat: 37,
    lng: 114.5,
  });

/** The month just ended: scores and evidence name it. */
const LAST_MONTH = shiftPeriod(chinaPeriodOf(new Date()), -1);

/** This year in China: yearly reports name it. */
const THIS_YEAR = chinaPeriodOf(new Date()).slice(0, 4);

/** Each side's pickup area: its cell, served by its collector, made once per side. */
const pickupAreas = new WeakMap<Side, Promise<number>>();
function pickupArea(t: TestApp, s: Side): Promise<number> {
  let area = pickupAreas.get(s);
  if (!area) {
    area = (async () => {
      const made = await t.request('POST', '/api/pickup-areas', {
        token: s.as.admin.token,
        body: { name: `${s.cellName}回收片区`, cellIds: [s.cellId], collectorUserIds: [s.as.collector.userId] },
      });
      if (made.status !== 201) throw new Error(`fixture pickup area: ${made.status} ${made.text}`);
      await t.request('PATCH', '/api/me', { token: s.as.resident.token, body: { homeCellId: s.cellId } });
      return made.json.id as number;
    })();
    pickupAreas.set(s, area);
  }
  return area;
}

let pickupSlotsMade = 0;
/** A one-off slot of the side's area, two days ahead (each at its own minute, so none collide). */
const pickupSlot: Make = async ({ t }, s) => {
  const areaId = await pickupArea(t, s);
  const startsAt = new Date(Date.now() + 2 * 24 * 3600_000 + ++pickupSlotsMade * 60_000);
  return made(t, s.as.admin, `/api/pickup-areas/${areaId}/slots`, {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
    capacity: 5,
  });
};

/**
 * A booking by the side's resident, assigned to the side's collector. The resident's earlier open
 * bookings are cancelled first: a resident may hold only pickup.maxOpen at once.
 */
const pickup: Make = async (w, s) => {
  const slot = await pickupSlot(w, s);
  const mine = await w.t.request('GET', '/api/pickups/mine?status=booked&pageSize=100', { token: s.as.resident.token });
  for (const open of (mine.json.items ?? []) as Rec[]) {
    await w.t.request('POST', `/api/pickups/${open.id}/cancel`, { token: s.as.resident.token });
  }
  return made(w.t, s.as.resident, '/api/pickups', {
    slotId: slot.id,
    items: [{ category: 'paper', estimatedKg: 8 }],
    address: { text: `${s.cellName}3号楼2单元501` },
    phone: '13812345678',
  });
};

/** A valid `POST /api/places` body in a cell. */
const placeBody = (cellId: number) => ({
  type: 'hazardous_point',
  name: '有害垃圾贮存点',
  address: '3 号楼东侧',
  lat: 37,
  lng: 114.5,
  categories: ['hazardous'],
  hours: 'Mo-Fr 08:00-18:00',
  regionCode: '130502',
  cellId,
});

/** Kinds of record a route can act on; each makes a fresh one of a side (its cell, its shop, its resident). */
export const records = {
  cell: async (_w, s) => ({ id: s.cellId }),
  shop: async (_w, s) => ({ id: s.shopId }),
  closedShop: async (_w, s) => ({ id: s.closedShopId }),
  reward: async ({ t }, s) => ({ id: await addReward(t, s.as.admin, s.shopId, { cost: 1, stock: 5 }) }),
  bin,
  card: ({ t }, s) => made(t, s.as.admin, `/api/cells/${s.cellId}/household-cards`, { holderName: '李大爷' }),
  /** A drop at a bin of the side's cell, by a resident of their own (so the inspector is not judging themself). */
  drop: async (w, s) => {
    const scanner = await w.t.signIn();
    return (await made(w.t, scanner, '/api/drops', { qr: (await bin(w, s)).qr })).drop as Rec;
  },
  /** A pending redemption by the side's resident at the side's shop; its `code` is the one-time code. */
  redemption: ({ t }, s) => made(t, s.as.resident, '/api/redemptions', { rewardId: s.rewardId }),
  user: async ({ t }) => ({ id: (await t.signIn()).userId }),
  guideItem: async ({ t }) => {
    const res = await t.request('GET', '/api/guide/items?pageSize=1');
    return (res.json.items as Rec[])[0];
  },
  /** A search term that found nothing, on the admins' list. */
  searchMiss: async ({ t }, s) => {
    const term = `查无此物${randomUUID().slice(0, 8)}`;
    await t.request('GET', `/api/guide/search?q=${encodeURIComponent(term)}`);
    const res = await t.request('GET', '/api/guide/misses?pageSize=100', { token: s.as.admin.token });
    return (res.json.items as (Rec & { term: string })[]).find((m) => m.term === term) as Rec;
  },
  /** A photo the side's resident uploaded. */
  image: async ({ t }, s) => ({ id: await uploadPhoto(t, s.as.resident, 'evidence') }),
  /** The side's cell with its score for last month (`:period`). */
  score: async ({ t }, s) => {
    await made(t, s.as.admin, '/api/scores/recompute', { period: LAST_MONTH, cellId: s.cellId });
    return { id: s.cellId, params: { id: s.cellId, period: LAST_MONTH } };
  },
  /** The side's cell, for a route that also names this year (`:year`). */
  cellYear: async (_w, s) => ({ id: s.cellId, params: { year: THIS_YEAR } }),
  /** Pending evidence of the side's cell, from its manager. */
  evidence: ({ t }, s) =>
    made(t, s.as.cell_manager, `/api/cells/${s.cellId}/evidence`, {
      indicatorKey: 'publicity',
      period: LAST_MONTH,
      value: 1,
      note: '宣传栏照片',
    }),
  /** The side's pickup area (its cell, its collector). */
  pickupArea: async ({ t }, s) => ({ id: await pickupArea(t, s) }),
  pickupSlot,
  pickup,
  /** A booking of the side's resident that its collector has completed. */
  /** A place in the side's cell, added by the admin. */
  place: ({ t }, s) => made(t, s.as.admin, '/api/places', placeBody(s.cellId)),
  completedPickup: async (w, s) => {
    const booked = await pickup(w, s);
    await made(w.t, s.as.collector, `/api/pickups/${booked.id}/complete`, { weights: [{ category: 'paper', kg: 8 }] });
    return booked;
  },
} satisfies Record<string, Make>;

/** Two sides alike (see `Side`), with points for each side's resident to redeem. */
export async function buildWorld(t: TestApp): Promise<World> {
  const names = { a: '甲小区', b: '乙小区' };
  const cells = await seedCells(t.dataSource, [
    { key: 'a', name: names.a },
    { key: 'b', name: names.b },
  ]);
  const admin = await t.signIn(['admin'], '市管理员');
  const side = async (key: 'a' | 'b'): Promise<Side> => {
    const [cellId, cellName] = [cells[key], names[key]];
    const { shopId } = await openShop(t, admin, cellId);
    const { shopId: closedShopId } = await openShop(t, admin, cellId, { name: '已关门的超市' });
    // No route closes a shop yet: an admin would, in the database.
    await t.dataSource.getRepository(Shop).update({ id: closedShopId }, { active: false });
    const rewardId = await addReward(t, admin, shopId, { cost: 1, stock: 1000 });
    const as = { ...(await signInEveryRole(t, { cell: [cellId], shop: [shopId, closedShopId] })), admin };
    await made(t, admin, '/api/points/adjustments', { userId: as.resident.userId, amount: 1000, reason: '访问矩阵' });
    return { cellId, cellName, shopId, closedShopId, rewardId, as };
  };
  return { t, a: await side('a'), b: await side('b') };
}

const ADMIN = ['admin'] as const;
const CELL_ADMINS = ['admin', 'cell_manager'] as const;
const CELL_STAFF = ['admin', 'cell_manager', 'inspector'] as const;
const pub: Row = { who: 'public' };
const signedIn: Row = { who: 'signed-in' };
const admin: Row = { who: ADMIN };

/** What a manager may do to a record of their cell (admins: every cell). */
const managed = (target: Make, more: Partial<Row> = {}): Row => ({
  who: CELL_ADMINS,
  target,
  reach: CELL_ADMINS,
  ...more,
});

export const ACCESS_MATRIX: Record<string, Row> = {
  'GET /api/health': pub,
  'GET /api/meta': pub,
  'GET /api/regions': pub,
  'POST /api/auth/wechat': pub,
  'POST /api/auth/demo': pub,

  'GET /api/me': signedIn,
  'PATCH /api/me': signedIn,
  'POST /api/me/avatar': signedIn,
  'GET /api/users': admin,
  'PUT /api/users/:id/roles': {
    who: ADMIN,
    target: records.user,
    reach: 'all',
    body: () => ({ roles: [{ role: 'resident' }] }),
  },
  'GET /api/images/:id': { who: 'public', target: records.image, reach: 'all' },
  'POST /api/images': signedIn,

  'GET /api/cells': { who: CELL_ADMINS },
  'POST /api/cells': admin,
  'GET /api/cells/directory': signedIn,
  'GET /api/cells/:id': managed(records.cell),
  'PATCH /api/cells/:id': managed(records.cell, { body: () => ({ households: 120 }) }),
  'GET /api/cells/:id/bins': { who: CELL_STAFF, target: records.cell, reach: CELL_STAFF },
  'GET /api/cells/:id/bin-labels.pdf': managed(records.cell),
  'POST /api/cells/:id/household-cards': managed(records.cell, { body: () => ({ holderName: '王奶奶' }) }),
  'GET /api/cells/:id/household-cards': { who: CELL_STAFF, target: records.cell, reach: CELL_STAFF },
  'POST /api/cells/:id/activities': managed(records.cell, {
    body: () => ({ kind: 'training', date: `${THIS_YEAR}-01-15`, title: '分类培训', attendance: 12 }),
  }),
  'GET /api/cells/:id/activities': managed(records.cell),

  // A cell named in a body is a field problem (400 naming cellId), as for any other bad field.
  'POST /api/bins': managed(records.cell, {
    body: (cell) => ({ cellId: cell.id, name: '其他垃圾桶', category: 'residual', lat: 37, lng: 114.5 }),
    outside: 400,
  }),
  'POST /api/bins/:id/reissue': managed(records.bin),

  'GET /api/places/nearby': { who: 'public', query: () => 'lat=37&lng=114.5' },
  'GET /api/places/:id': { who: 'public', target: records.place, reach: 'all' },
  // As for bins, a cell named in the body is a field problem (400 naming cellId).
  'POST /api/places': managed(records.cell, { body: (cell) => placeBody(Number(cell.id)), outside: 400 }),
  'PATCH /api/places/:id': managed(records.place, { body: () => ({ name: '改名的贮存点' }) }),
  'DELETE /api/places/:id': managed(records.place),
  'POST /api/places/import': admin,
  'GET /api/places/problems': managed(records.cell, { query: (cell) => `cellId=${cell.id}` }),
  'POST /api/places/:id/status-reports': {
    who: 'signed-in',
    target: records.place,
    reach: 'all',
    body: () => ({ status: 'full' }),
  },
  'POST /api/places/:id/status-reports/clear': managed(records.place),
  'DELETE /api/bins/:id': managed(records.bin),
  'POST /api/household-cards/:id/reissue': managed(records.card),
  'DELETE /api/household-cards/:id': managed(records.card),
  'GET /api/household-cards/:id/card.pdf': managed(records.card),
  'GET /api/household-cards/:id/entries': {
    who: ['admin', 'cell_manager', 'inspector', 'shopkeeper'],
    target: records.card,
    reach: ['admin', 'cell_manager', 'inspector', 'shopkeeper'],
  },

  'POST /api/scores/recompute': {
    who: ADMIN,
    target: records.cell,
    reach: 'all',
    body: (cell) => ({ period: LAST_MONTH, cellId: cell.id }),
  },
  'GET /api/scores': { who: CELL_ADMINS },
  'GET /api/scores/export.xlsx': { who: CELL_ADMINS, query: () => `period=${LAST_MONTH}` },
  // A region's report is an admin's (a manager asking for one gets 404); the rows check a cell's.
  'GET /api/reports/yearly/:year': managed(records.cellYear, { query: (cell) => `cellId=${cell.id}` }),
  'GET /api/reports/yearly/:year/notes': managed(records.cellYear, { query: (cell) => `cellId=${cell.id}` }),
  'PUT /api/reports/yearly/:year/notes': managed(records.cellYear, {
    body: (cell) => ({ cellId: cell.id, overview: '全年推进垃圾分类。' }),
  }),
  'GET /api/cells/:id/scores/:period': managed(records.score),
  'GET /api/cells/:id/scores': managed(records.cell),
  'GET /api/cells/:id/alerts': managed(records.cell),
  'GET /api/cells/:id/rubric': managed(records.cell),
  'GET /api/me/home-cell/score': signedIn,
  'POST /api/cells/:id/evidence': {
    who: ['cell_manager'],
    target: records.cell,
    reach: ['cell_manager'],
    body: () => ({ indicatorKey: 'publicity', period: LAST_MONTH, value: 1, note: '宣传栏照片' }),
  },
  'GET /api/cells/:id/evidence': managed(records.cell),
  'GET /api/evidence': admin,
  'POST /api/evidence/:id/approve': { who: ADMIN, target: records.evidence, reach: 'all' },
  'POST /api/evidence/:id/reject': {
    who: ADMIN,
    target: records.evidence,
    reach: 'all',
    body: () => ({ reason: '照片不清楚' }),
  },

  // A drop for a household card: its cell's inspector, a collector or an admin. The card's QR code is
  // signed and shown by whoever holds the card, so its existence is no secret: others get 403, not 404.
  'POST /api/drops': {
    who: 'signed-in',
    target: records.card,
    reach: ['admin', 'collector', 'inspector'],
    body: async (card, side, w) => ({ qr: (await records.bin(w, side)).qr, householdCard: card.qr }),
    outside: 403,
  },
  'GET /api/drops/mine': signedIn,
  'GET /api/drops': {
    who: ['inspector', 'admin'],
    target: records.cell,
    reach: ['admin', 'inspector'],
    query: (cell) => `cellId=${cell.id}`,
  },
  'POST /api/drops/:id/verdict': {
    who: ['inspector'],
    target: records.drop,
    reach: ['inspector'],
    body: () => ({ verdict: 'correct' }),
  },
  // Drops a batch may not judge are skipped without saying why, so that ids cannot be probed.
  'POST /api/drops/verdicts': {
    who: ['inspector'],
    target: records.drop,
    reach: ['inspector'],
    body: (drop) => ({ dropIds: [drop.id], verdict: 'correct' }),
    outside: 200,
  },

  'GET /api/points': signedIn,
  'GET /api/points/entries': signedIn,
  'POST /api/points/adjustments': admin,

  'GET /api/guide/search': pub,
  'GET /api/guide/items': pub,
  'GET /api/guide/items/:id': { who: 'public', target: records.guideItem, reach: 'all' },
  'GET /api/guide/admin/items': admin,
  'POST /api/guide/items': admin,
  'PATCH /api/guide/items/:id': { who: ADMIN, target: records.guideItem, reach: 'all', body: () => ({ active: true }) },
  'GET /api/guide/misses': admin,
  'POST /api/guide/misses/:id/dismiss': { who: ADMIN, target: records.searchMiss, reach: 'all' },
  'GET /api/quiz/today': signedIn,
  'POST /api/quiz/answers': signedIn,

  'GET /api/shops': signedIn,
  'POST /api/shops': managed(records.cell, {
    body: async (cell, _side, { t }) => ({
      name: '新积分超市',
      cellId: cell.id,
      lat: 37,
      lng: 114.5,
      shopkeeperUserId: (await t.signIn()).userId,
    }),
  }),
  // An open shop is anyone's to see; a closed one only its cell's manager's and its keeper's.
  'GET /api/shops/:id': {
    who: 'signed-in',
    target: records.closedShop,
    reach: ['admin', 'cell_manager', 'shopkeeper'],
  },
  'GET /api/shops/:id/rewards': managed(records.shop),
  'POST /api/shops/:id/rewards': managed(records.shop, { body: () => ({ name: '肥皂', cost: 5, stock: 3 }) }),
  'GET /api/rewards': signedIn,
  'PATCH /api/rewards/:id': managed(records.reward, { body: () => ({ stock: 4 }) }),

  'GET /api/pickup-areas': { who: CELL_ADMINS },
  'POST /api/pickup-areas': admin,
  'PATCH /api/pickup-areas/:id': {
    who: ADMIN,
    target: records.pickupArea,
    reach: 'all',
    body: () => ({ active: true }),
  },
  'PUT /api/pickup-areas/:id/template': managed(records.pickupArea, {
    body: () => ({ weekly: [{ weekday: 6, start: '09:00', end: '11:00', capacity: 12 }] }),
  }),
  'POST /api/pickup-areas/:id/slots': managed(records.pickupArea, {
    body: () => {
      const startsAt = new Date(Date.now() + 5 * 24 * 3600_000 + Math.floor(Math.random() * 1e6) * 60_000);
      return {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
        capacity: 3,
      };
    },
  }),
  'GET /api/pickup-areas/:id/collectors': managed(records.pickupArea),
  'PATCH /api/pickup-slots/:id': managed(records.pickupSlot, { body: () => ({ capacity: 6 }) }),
  'GET /api/pickups/slots': signedIn,
  'POST /api/pickups': signedIn,
  'GET /api/pickups/mine': signedIn,
  'GET /api/pickups/assigned': { who: ['collector'] },
  // The owner, its collector (collectors hold their role unscoped: each side's serves its own area), the area's managers.
  'GET /api/pickups/:id': {
    who: 'signed-in',
    target: records.pickup,
    reach: ['admin', 'owner', 'cell_manager', 'collector'],
  },
  'POST /api/pickups/:id/cancel': { who: 'signed-in', target: records.pickup, reach: ['owner'] },
  'POST /api/pickups/:id/assign': managed(records.pickup, {
    body: (_pickup, side) => ({ collectorUserId: side.as.collector.userId }),
  }),
  'POST /api/pickups/:id/start': { who: ['collector'], target: records.pickup, reach: ['collector'] },
  'POST /api/pickups/:id/missed': {
    who: ['collector'],
    target: records.pickup,
    reach: ['collector'],
    body: () => ({ reason: '家中无人' }),
  },
  'POST /api/pickups/:id/complete': {
    who: ['collector'],
    target: records.pickup,
    reach: ['collector'],
    body: () => ({ weights: [{ category: 'paper', kg: 7.5 }] }),
  },
  'POST /api/pickups/:id/rating': {
    who: 'signed-in',
    target: records.completedPickup,
    reach: ['owner'],
    body: () => ({ stars: 5 }),
  },
  'GET /api/me/recycling': signedIn,

  'POST /api/redemptions': signedIn,
  'GET /api/redemptions': signedIn,
  'GET /api/redemptions/:id': { who: 'signed-in', target: records.redemption, reach: ['admin', 'owner', 'shopkeeper'] },
  'POST /api/redemptions/:id/cancel': { who: 'signed-in', target: records.redemption, reach: ['owner'] },
  'POST /api/redemptions/fulfil': {
    who: ['shopkeeper'],
    target: records.redemption,
    reach: ['shopkeeper'],
    body: (redemption) => ({ code: redemption.code }),
  },
  // A shop serves its own cell's households: the reward of the card's side (a card of another cell is a field problem).
  'POST /api/redemptions/card': {
    who: ['shopkeeper'],
    target: records.card,
    reach: ['shopkeeper'],
    body: (card, side) => ({ householdCard: card.qr, rewardId: side.rewardId }),
  },
};
