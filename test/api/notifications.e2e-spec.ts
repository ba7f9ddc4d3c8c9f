import type { NotificationTopic } from '@zerowaste/shared';
import { TransactionRunner } from '../../apps/api/src/database/transaction-runner';
import { NotificationMessage } from '../../apps/api/src/modules/notifications/notification-message.entity';
import { NotificationsJob } from '../../apps/api/src/modules/notifications/notifications.job';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service';
import { User } from '../../apps/api/src/modules/users/user.entity';
import { FAKE_TEMPLATE_ENV, FAKE_TEMPLATES } from '../support/fake-wechat';
import { type SignedIn, sameDatabase, startTestApp, type TestApp } from './support/test-app';

const SECOND = 1000;

// The notifications module as every feature uses it: consents recorded and used once, the outbox,
// and the job sending it through the real WeChat client to the fake WeChat server.
describe('WeChat subscription messages', () => {
  let t: TestApp;
  let resident: SignedIn;
  let openid: string;
  let refId = 0;

  beforeAll(async () => {
    // The on-the-way template is left a placeholder, as in demo mode.
    t = await startTestApp(
      { WECHAT_TEMPLATE_PICKUP_REMINDER: FAKE_TEMPLATES.pickup_reminder, JOBS_DISABLED: 'true', LOG_LEVEL: 'info' },
      { captureLogs: true },
    );
    resident = await t.signIn();
    openid = (await t.dataSource.getRepository(User).findOneByOrFail({ id: resident.userId })).openid;
  });
  afterAll(() => t?.close());

  const service = (app = t) => app.app.get(NotificationsService);
  const job = (app = t) => app.app.get(NotificationsJob);

  /** A consent given about a fresh record, as a booking records it. */
  async function consent(topics: NotificationTopic[], userId = resident.userId, app = t): Promise<number> {
    refId += 1;
    const ref = refId;
    await app.app
      .get(TransactionRunner)
      .run((em) => service(app).recordConsents(em, userId, topics, { refType: 'test', refId: ref }));
    return ref;
  }

  function queue(ref: number, topic: NotificationTopic = 'pickup_reminder', app = t, now = new Date()) {
    return app.app.get(TransactionRunner).run((em) =>
      service(app).queue(
        em,
        {
          userId: resident.userId,
          topic,
          ref: { refType: 'test', refId: ref },
          page: `packages/pickup/detail/index?id=${ref}`,
          data: { thing1: '废纸、塑料', time2: '2026-12-04 09:00' },
        },
        now,
      ),
    );
  }

  const outbox = (ref?: number) =>
    t.dataSource
      .getRepository(NotificationMessage)
      .find({ order: { id: 'ASC' } })
      .then((rows) => rows.filter((r) => ref === undefined || r.page.endsWith(`=${ref}`)));

  it("queues one message per consent and sends it to the user with the topic's template", async () => {
    const ref = await consent(['pickup_reminder']);
    expect(await queue(ref)).toBe(true);
    // The consent is used: the same message again queues nothing.
    expect(await queue(ref)).toBe(false);
    // No consent to the other topic: nothing.
    expect(await queue(ref, 'pickup_on_the_way')).toBe(false);
    const before = t.wechat.sent.length;
    expect(await job().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 0 });
    expect(t.wechat.sent.slice(before)).toEqual([
      {
        touser: openid,
        template_id: FAKE_TEMPLATES.pickup_reminder,
        page: `packages/pickup/detail/index?id=${ref}`,
        data: { thing1: { value: '废纸、塑料' }, time2: { value: '2026-12-04 09:00' } },
      },
    ]);
    const [row] = await outbox(ref);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    // Sent once: the next run finds nothing due.
    expect(await job().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    expect(t.wechat.sent.length).toBe(before + 1);
  });

  it('retries a send WeChat failed, after a growing wait, and logs it without anything personal', async () => {
    const ref = await consent(['pickup_reminder']);
    const now = new Date();
    await queue(ref, 'pickup_reminder', t, now);
    const before = t.wechat.sent.length;
    t.wechat.failNextSends(2, -1);

    expect(await job().runOnce(now)).toMatchObject({ sent: 0, retrying: 1 });
    expect((await outbox(ref))[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'errcode -1' });
    // Not due again before the first wait (30 s) is over.
    expect(await job().runOnce(new Date(now.getTime() + 20 * SECOND))).toMatchObject({ retrying: 0, sent: 0 });
    expect(await job().runOnce(new Date(now.getTime() + 31 * SECOND))).toMatchObject({ retrying: 1 });
    // The second wait is twice as long.
    expect(await job().runOnce(new Date(now.getTime() + 31 * SECOND + 50 * SECOND))).toMatchObject({ retrying: 0 });
    expect(await job().runOnce(new Date(now.getTime() + 31 * SECOND + 61 * SECOND))).toMatchObject({ sent: 1 });
    expect(t.wechat.sent.length).toBe(before + 1);
    expect((await outbox(ref))[0]).toMatchObject({ status: 'sent', attempts: 3 });

    const warnings = t.logs.filter((line) => line.includes('not sent'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('(pickup_reminder) not sent: errcode -1; attempt 1 of 5, next in 30 s');
    for (const line of t.logs) {
      expect(line).not.toContain(openid);
      expect(line).not.toContain('废纸');
      expect(line).not.toMatch(/ACCESSTOKEN|access_token=/);
    }
  });

  it('tells the mini-program the template ids to ask consent for, leaving out placeholders', async () => {
    const meta = await t.request('GET', '/api/meta');
    expect(meta.json.subscribeTemplates).toEqual({ pickup_reminder: FAKE_TEMPLATES.pickup_reminder });
  });

  it('skips, without calling WeChat, a message whose template id is still a placeholder (demo mode)', async () => {
    const ref = await consent(['pickup_on_the_way']);
    expect(await queue(ref, 'pickup_on_the_way')).toBe(true);
    const calls = t.wechat.calls.length;
    expect(await job().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 1 });
    expect(t.wechat.calls.length).toBe(calls);
    expect((await outbox(ref))[0]).toMatchObject({ status: 'skipped', attempts: 0 });
  });

  it("gives a refusal that will not change up at once (no consent left on WeChat's side)", async () => {
    const ref = await consent(['pickup_reminder']);
    await queue(ref);
    t.wechat.failNextSends(1, 43101);
    expect(await job().runOnce()).toMatchObject({ failed: 1, retrying: 0 });
    expect((await outbox(ref))[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'errcode 43101' });
    expect(await job().runOnce(new Date(Date.now() + 3600 * SECOND))).toMatchObject({ sent: 0, failed: 0 });
  });

  it('keeps the access token until WeChat says it is stale, then fetches it again and sends', async () => {
    const tokens = t.wechat.tokenRequests();
    const refs = [await consent(['pickup_reminder']), await consent(['pickup_reminder'])];
    for (const ref of refs) await queue(ref);
    expect(await job().runOnce()).toMatchObject({ sent: 2 });
    // The token fetched for the earlier tests served these too.
    expect(t.wechat.tokenRequests()).toBe(tokens);

    // Another holder forced a refresh: WeChat answers 40001, and the client fetches the new token once.
    t.wechat.replaceToken();
    await queue(await consent(['pickup_reminder']));
    expect(await job().runOnce()).toMatchObject({ sent: 1, retrying: 0 });
    expect(t.wechat.tokenRequests()).toBe(tokens + 1);
    const sends = t.wechat.calls.filter((c) => c.path === '/cgi-bin/message/subscribe/send').slice(-2);
    expect(sends.map((c) => c.query.access_token)).toEqual([t.wechat.tokens.at(-2), t.wechat.tokens.at(-1)]);

    // The token expired (42001): the same.
    t.wechat.expireToken();
    await queue(await consent(['pickup_reminder']));
    expect(await job().runOnce()).toMatchObject({ sent: 1 });
    expect(t.wechat.tokenRequests()).toBe(tokens + 2);
  });

  it('sends each message once with two instances running the job at once on MySQL', async () => {
    // SQLite is one process's database: there one instance stands for the replicas.
    const second = process.env.DB_URL
      ? await startTestApp({ ...FAKE_TEMPLATE_ENV, ...sameDatabase(t), JOBS_DISABLED: 'true' })
      : null;
    try {
      if (second) {
        // The second replica talks to its own fake WeChat, which must know the user too.
        await second.request('POST', '/api/auth/wechat', { body: { code: second.wechat.codeFor(openid) } });
      }
      const refs: number[] = [];
      for (let i = 0; i < 20; i += 1) refs.push(await consent(['pickup_reminder']));
      await Promise.all(refs.map((ref, i) => queue(ref, 'pickup_reminder', i % 2 && second ? second : t)));
      const before = t.wechat.sent.length;
      const runs = await Promise.all([t, ...(second ? [second] : [])].map((app) => job(app).runOnce()));
      const sent = t.wechat.sent.length - before + (second?.wechat.sent.length ?? 0);
      expect(sent).toBe(20);
      expect(runs.filter((r) => r !== null).reduce((n, r) => n + (r?.sent ?? 0), 0)).toBe(20);
      const rows = await outbox();
      expect(rows.filter((r) => refs.some((ref) => r.page.endsWith(`=${ref}`)) && r.status === 'sent')).toHaveLength(
        20,
      );
    } finally {
      await second?.close();
    }
  });
});
