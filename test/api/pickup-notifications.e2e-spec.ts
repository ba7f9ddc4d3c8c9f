import { chinaDayStart, nextChinaMidnight } from '@zerowaste/shared';
import { NotificationMessage } from '../../apps/api/src/modules/notifications/notification-message.entity';
import { NotificationsJob } from '../../apps/api/src/modules/notifications/notifications.job';
import { EXPIRE_GRACE_MS, PickupJobs } from '../../apps/api/src/modules/pickups/pickup-jobs';
import { User } from '../../apps/api/src/modules/users/user.entity';
import { FAKE_TEMPLATE_ENV, FAKE_TEMPLATES } from '../support/fake-wechat';
import { type SignedIn, sameDatabase, seedCells, startTestApp, type TestApp } from './support/test-app';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const PHONE = '13912345678';
const ADDRESS = '幸福里小区7号楼1单元302';
const RETENTION_DAYS = 30;

type Json = Record<string, unknown>;

// The pickups' WeChat subscription messages and jobs, end to end: booking with consents, the evening
// reminder, "on the way" when the collector starts, expiring bookings nobody served, erasing phone
// numbers and addresses; sent through the real WeChat client to the fake WeChat server.
describe('Pickup reminders, on-the-way messages and pickup jobs', () => {
  let t: TestApp;
  let admin: SignedIn;
  let collector: SignedIn;
  let cellId: number;
  let areaId: number;
  let slotsMade = 0;
  /** 19:30 China time today: the reminders' evening, for bookings of tomorrow (China time). */
  const evening = new Date(chinaDayStart(new Date()).getTime() + 19.5 * HOUR_MS);
  const tomorrow = nextChinaMidnight(new Date());
  /** When the reminders queued at `evening` are due, whether the evening is still ahead or already past. */
  const afterEvening = () => new Date(Math.max(Date.now(), evening.getTime()) + MINUTE_MS);

  beforeAll(async () => {
    t = await startTestApp(
      { ...FAKE_TEMPLATE_ENV, JOBS_DISABLED: 'true', LOG_LEVEL: 'info', PII_RETENTION_DAYS: String(RETENTION_DAYS) },
      { captureLogs: true },
    );
    ({ a: cellId } = await seedCells(t.dataSource, [{ key: 'a', name: '幸福里小区' }]));
    admin = await t.signIn(['admin']);
    collector = await t.signIn(['collector'], '王师傅');
    const area = await t.request('POST', '/api/pickup-areas', {
      token: admin.token,
      body: { name: '幸福里片区', cellIds: [cellId], collectorUserIds: [collector.userId] },
    });
    expect(area.status).toBe(201);
    areaId = area.json.id as number;
  });
  afterAll(() => t?.close());

  const pickupJobs = (app = t) => app.app.get(PickupJobs);
  const sendJob = (app = t) => app.app.get(NotificationsJob);
  const openidOf = async (user: SignedIn) =>
    (await t.dataSource.getRepository(User).findOneByOrFail({ id: user.userId })).openid;

  async function resident(): Promise<SignedIn> {
    const user = await t.signIn();
    expect((await t.request('PATCH', '/api/me', { token: user.token, body: { homeCellId: cellId } })).status).toBe(200);
    return user;
  }

  /** A one-off slot starting at `startsAt` (each a minute apart, so that none collide), an hour long. */
  async function slotAt(startsAt: Date, capacity = 20): Promise<number> {
    const start = new Date(startsAt.getTime() + ++slotsMade * MINUTE_MS);
    const res = await t.request('POST', `/api/pickup-areas/${areaId}/slots`, {
      token: admin.token,
      body: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + HOUR_MS).toISOString(), capacity },
    });
    expect(res.status).toBe(201);
    return res.json.id as number;
  }

  /** Books a pickup; its consents are recorded by the time the booking answers (same transaction). */
  async function book(user: SignedIn, slotId: number, subscribe: string[]): Promise<number> {
    const res = await t.postIdempotent('/api/pickups', {
      token: user.token,
      body: {
        slotId,
        items: [{ category: 'paper', estimatedKg: 8 }],
        address: { text: ADDRESS },
        phone: PHONE,
        subscribe,
      },
    });
    expect(res.status).toBe(201);
    const id = res.json.id as number;
    expect(await consents(id)).toBe(subscribe.length);
    return id;
  }

  const consents = async (pickupId: number) =>
    Number(
      (
        await t.dataSource.query(
          "SELECT COUNT(*) AS n FROM notification_consents WHERE refType = 'pickup' AND refId = ?",
          [pickupId],
        )
      )[0].n,
    );
  const messagesAbout = async (pickupId: number) =>
    (await t.dataSource.getRepository(NotificationMessage).find({ order: { id: 'ASC' } })).filter((m) =>
      m.page.endsWith(`?id=${pickupId}`),
    );

  describe('the evening reminder', () => {
    it('reminds, from 19:00 China time, each booking of tomorrow whose owner consented, once', async () => {
      const slot = await slotAt(new Date(tomorrow.getTime() + 9 * HOUR_MS));
      const consenting = await resident();
      const silent = await resident();
      const reminded = await book(consenting, slot, ['pickup_reminder', 'pickup_on_the_way']);
      const notReminded = await book(silent, slot, []);

      // 18:50 is too early.
      expect(await pickupJobs().runOnce(new Date(evening.getTime() - 40 * MINUTE_MS))).toMatchObject({ reminded: 0 });
      expect(await pickupJobs().runOnce(evening)).toMatchObject({ reminded: 1 });
      // The next runs of the evening find the consent used.
      expect(await pickupJobs().runOnce(new Date(evening.getTime() + HOUR_MS))).toMatchObject({ reminded: 0 });
      expect(await messagesAbout(notReminded)).toEqual([]);

      const before = t.wechat.sent.length;
      expect(await sendJob().runOnce(afterEvening())).toMatchObject({ sent: 1 });
      expect(t.wechat.sent.slice(before)).toEqual([
        {
          touser: await openidOf(consenting),
          template_id: FAKE_TEMPLATES.pickup_reminder,
          page: `packages/pickup/pages/detail/index?id=${reminded}`,
          data: {
            thing1: { value: '废纸' },
            time2: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2} 09:\d{2}$/) },
            thing3: { value: '明天上门回收，请提前备好物品' },
          },
        },
      ]);
    });

    it('retries a reminder WeChat failed to send, and sends it once', async () => {
      const slot = await slotAt(new Date(tomorrow.getTime() + 10 * HOUR_MS));
      const id = await book(await resident(), slot, ['pickup_reminder']);
      expect(await pickupJobs().runOnce(evening)).toMatchObject({ reminded: 1 });
      t.wechat.failNextSends(1, 45009);
      const now = afterEvening();
      const before = t.wechat.sent.length;
      expect(await sendJob().runOnce(now)).toMatchObject({ sent: 0, retrying: 1 });
      expect(await sendJob().runOnce(new Date(now.getTime() + 31_000))).toMatchObject({ sent: 1 });
      expect(await sendJob().runOnce(new Date(now.getTime() + HOUR_MS))).toMatchObject({ sent: 0 });
      expect(t.wechat.sent.length).toBe(before + 1);
      expect(await messagesAbout(id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    });

    it('reminds once per consent with two instances running the jobs at once on the same database', async () => {
      // SQLite is one process's database: there one instance stands for the replicas.
      const second = process.env.DB_URL
        ? await startTestApp({ ...FAKE_TEMPLATE_ENV, ...sameDatabase(t), JOBS_DISABLED: 'true' })
        : null;
      try {
        const slot = await slotAt(new Date(tomorrow.getTime() + 11 * HOUR_MS));
        const residents = await Promise.all([resident(), resident(), resident(), resident()]);
        const ids = [];
        for (const user of residents) ids.push(await book(user, slot, ['pickup_reminder']));
        if (second) {
          // Each instance has its own fake WeChat, which must know the residents as WeChat does.
          for (const user of residents) {
            await second.request('POST', '/api/auth/wechat', {
              body: { code: second.wechat.codeFor(await openidOf(user)) },
            });
          }
        }
        const apps = second ? [t, second] : [t];
        const runs = await Promise.all(apps.map((app) => pickupJobs(app).runOnce(evening)));
        expect(runs.reduce((n, run) => n + (run?.reminded ?? 0), 0)).toBe(4);
        const sentBefore = t.wechat.sent.length + (second?.wechat.sent.length ?? 0);
        const at = afterEvening();
        await Promise.all(apps.map((app) => sendJob(app).runOnce(at)));
        const sent = [...t.wechat.sent, ...(second?.wechat.sent ?? [])].slice(0);
        expect(t.wechat.sent.length + (second?.wechat.sent.length ?? 0) - sentBefore).toBe(4);
        const pages = sent.map((m) => m.page);
        for (const id of ids) expect(pages.filter((p) => p?.endsWith(`?id=${id}`))).toHaveLength(1);
      } finally {
        await second?.close();
      }
    });
  });

  describe('on the way', () => {
    it('tells the resident who consented when the collector starts out, and nobody else', async () => {
      const slot = await slotAt(new Date(Date.now() + 3 * HOUR_MS));
      const consenting = await resident();
      const withConsent = await book(consenting, slot, ['pickup_on_the_way']);
      const without = await book(await resident(), slot, ['pickup_reminder']);
      for (const id of [withConsent, without]) {
        const res = await t.request('POST', `/api/pickups/${id}/start`, { token: collector.token });
        expect(res.status).toBe(200);
      }
      // Queued in the start's own transaction: there as soon as the start answers.
      expect(await messagesAbout(withConsent)).toHaveLength(1);
      const before = t.wechat.sent.length;
      expect(await sendJob().runOnce()).toMatchObject({ sent: 1 });
      expect(t.wechat.sent.slice(before)).toEqual([
        expect.objectContaining({
          touser: await openidOf(consenting),
          template_id: FAKE_TEMPLATES.pickup_on_the_way,
          page: `packages/pickup/pages/detail/index?id=${withConsent}`,
        }),
      ]);
      expect(await messagesAbout(without)).toEqual([]);
    });
  });

  describe('expiry and erasure', () => {
    it('expires a booking nobody served after its slot, and erases its phone and address after the retention', async () => {
      const startsAt = new Date(Date.now() + 2 * HOUR_MS);
      const slot = await slotAt(startsAt);
      const owner = await resident();
      const id = await book(owner, slot, []);
      const slotEnd = new Date(startsAt.getTime() + slotsMade * MINUTE_MS + HOUR_MS);

      // Within the grace after the slot's end it stays open.
      expect(await pickupJobs().runOnce(new Date(slotEnd.getTime() + EXPIRE_GRACE_MS - MINUTE_MS))).toMatchObject({
        expired: 0,
      });
      const expiredAt = new Date(slotEnd.getTime() + EXPIRE_GRACE_MS + MINUTE_MS);
      expect(await pickupJobs().runOnce(expiredAt)).toMatchObject({ expired: 1 });
      const expired = await t.request('GET', `/api/pickups/${id}`, { token: owner.token });
      expect(expired.json).toMatchObject({ status: 'expired', phone: PHONE });
      const [ended] = await t.dataSource.query('SELECT endedAt FROM pickups WHERE id = ?', [id]);
      const endedAt = new Date(ended.endedAt instanceof Date ? ended.endedAt : `${ended.endedAt.replace(' ', 'T')}Z`);
      // It ended when the job found it served by nobody.
      expect(endedAt).toEqual(expiredAt);

      const row = async () =>
        (
          await t.dataSource.query(
            'SELECT phoneEnc, addressEnc, phoneMasked, addressMasked, status, items FROM pickups WHERE id = ?',
            [id],
          )
        )[0] as Json;
      // A day short of the retention, kept.
      expect(await pickupJobs().runOnce(new Date(endedAt.getTime() + (RETENTION_DAYS - 1) * DAY_MS))).toMatchObject({
        erased: 0,
      });
      expect((await row()).phoneEnc).not.toBeNull();
      expect(
        await pickupJobs().runOnce(new Date(endedAt.getTime() + RETENTION_DAYS * DAY_MS + MINUTE_MS)),
      ).toMatchObject({
        erased: 1,
      });
      // The phone and address are gone; what statistics need stays.
      expect(await row()).toMatchObject({
        phoneEnc: null,
        addressEnc: null,
        status: 'expired',
        phoneMasked: '139****5678',
      });
      const after = await t.request('GET', `/api/pickups/${id}`, { token: owner.token });
      expect(after.status).toBe(200);
      expect(after.json.phone).toBeNull();
      expect(after.text).not.toContain(ADDRESS);
    });
  });

  it('logs nothing personal: no phone number, address or openid', async () => {
    expect(t.logs.length).toBeGreaterThan(0);
    expect(t.logs.some((line) => line.includes('not sent'))).toBe(true);
    const openids = (await t.dataSource.getRepository(User).find()).map((u) => u.openid);
    for (const line of t.logs) {
      expect(line).not.toContain(PHONE);
      expect(line).not.toContain(ADDRESS);
      for (const openid of openids) expect(line).not.toContain(openid);
    }
  });
});
