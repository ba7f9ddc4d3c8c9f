import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers for one js_code: a session, or one of WeChat's error codes. */
export type FakeCodeResult = { openid: string; unionid?: string } | { errcode: number; errmsg: string };

export interface FakeWechatCall {
  path: string;
  query: Record<string, string>;
  /** The JSON body of a POST. */
  body?: Record<string, unknown>;
}

/** A subscription message the fake accepted: what the user would see in WeChat. */
export interface FakeSentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/** Template ids the fake knows, per topic, and the variables that give them to the API. */
export const FAKE_TEMPLATES = {
  pickup_reminder: 'fakeTmplPickupReminder0001',
  pickup_on_the_way: 'fakeTmplPickupOnTheWay0001',
} as const;

export const FAKE_TEMPLATE_ENV: Record<string, string> = {
  WECHAT_TEMPLATE_PICKUP_REMINDER: FAKE_TEMPLATES.pickup_reminder,
  WECHAT_TEMPLATE_PICKUP_ON_THE_WAY: FAKE_TEMPLATES.pickup_on_the_way,
};

/** WeChat's stable access token lives two hours. */
const TOKEN_SECONDS = 7200;

/**
 * A local server that speaks WeChat's protocols, so the API's real HTTP client is what gets tested:
 * code2Session (GET /sns/jscode2session; checks the app id and secret, accepts each code once), the
 * stable access token (POST /cgi-bin/stable_token; the same token until it expires) and subscription
 * messages (POST /cgi-bin/message/subscribe/send; checks the token, the openid, the template and the
 * data's shape). JSON answers with errcode/errmsg, as WeChat's.
 */
export class FakeWechatServer {
  readonly calls: FakeWechatCall[] = [];
  readonly sessionKeys: string[] = [];
  /** Every subscription message accepted, in order. */
  readonly sent: FakeSentMessage[] = [];
  /** Access tokens handed out, in order. */
  readonly tokens: string[] = [];
  private readonly codes = new Map<string, FakeCodeResult>();
  private readonly used = new Set<string>();
  private readonly openids = new Set<string>();
  private token: { value: string; expiresAt: number } | null = null;
  /** The errcodes the next sends answer, one each, before sends succeed again. */
  private failures: number[] = [];
  private server?: Server;
  private counter = 0;

  constructor(
    readonly appId = 'wxtestappid0000001',
    readonly secret = 'test-wechat-secret',
  ) {}

  /** Registers a code that wx.login would have produced. */
  code(code: string, result: FakeCodeResult): string {
    this.codes.set(code, result);
    return code;
  }

  /** A fresh valid code for `openid`. */
  codeFor(openid: string): string {
    this.counter += 1;
    return this.code(`code-${this.counter}-${Date.now()}`, { openid });
  }

  /** The next `count` sends fail with `errcode` (-1: WeChat busy), as WeChat does on a bad day. */
  failNextSends(count: number, errcode = -1): void {
    this.failures = Array.from({ length: count }, () => errcode);
  }

  /** The current access token expires now: using it answers 42001, and stable_token hands out a new one. */
  expireToken(): void {
    if (this.token) this.token.expiresAt = 0;
  }

  /** Another holder forced a refresh: the token handed out so far answers 40001 from now on. */
  replaceToken(): void {
    this.issueToken();
  }

  /** The `stable_token` calls so far. */
  tokenRequests(): number {
    return this.calls.filter((c) => c.path === '/cgi-bin/stable_token').length;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://fake');
        const query = Object.fromEntries(url.searchParams);
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, unknown> | undefined;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        this.calls.push({ path: url.pathname, query, ...(body && { body }) });
        const answer =
          req.method === 'POST' ? this.answerPost(url.pathname, query, body) : this.answer(url.pathname, query);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(path: string, query: Record<string, string>): object {
    if (path !== '/sns/jscode2session') return { errcode: 404, errmsg: 'not found' };
    if (query.appid !== this.appId) return { errcode: 40013, errmsg: 'invalid appid' };
    if (query.secret !== this.secret) return { errcode: 40125, errmsg: 'invalid appsecret' };
    if (query.grant_type !== 'authorization_code') return { errcode: 40002, errmsg: 'invalid grant_type' };
    const result = this.codes.get(query.js_code ?? '');
    if (!result) return { errcode: 40029, errmsg: 'invalid code' };
    if ('errcode' in result) return result;
    if (this.used.has(query.js_code)) return { errcode: 40163, errmsg: 'code been used' };
    this.used.add(query.js_code);
    const sessionKey = `SESSIONKEY${this.sessionKeys.length}${Math.random().toString(36).slice(2)}`;
    this.sessionKeys.push(sessionKey);
    this.openids.add(result.openid);
    return { openid: result.openid, session_key: sessionKey, ...(result.unionid && { unionid: result.unionid }) };
  }

  private answerPost(path: string, query: Record<string, string>, body?: Record<string, unknown>): object {
    if (!body) return { errcode: 47001, errmsg: 'data format error' };
    if (path === '/cgi-bin/stable_token') return this.stableToken(body);
    if (path === '/cgi-bin/message/subscribe/send') return this.subscribeSend(query, body);
    return { errcode: 404, errmsg: 'not found' };
  }

  private stableToken(body: Record<string, unknown>): object {
    if (body.grant_type !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' };
    if (body.appid !== this.appId) return { errcode: 40013, errmsg: 'invalid appid' };
    if (body.secret !== this.secret) return { errcode: 40125, errmsg: 'invalid appsecret' };
    // Like WeChat's stable token: the same one until it expires, unless a refresh is forced.
    if (!this.token || this.token.expiresAt <= Date.now() || body.force_refresh === true) this.issueToken();
    const token = this.token as { value: string; expiresAt: number };
    return { access_token: token.value, expires_in: Math.round((token.expiresAt - Date.now()) / 1000) };
  }

  private issueToken(): void {
    const value = `ACCESSTOKEN${this.tokens.length}${Math.random().toString(36).slice(2)}`;
    this.tokens.push(value);
    this.token = { value, expiresAt: Date.now() + TOKEN_SECONDS * 1000 };
  }

  private subscribeSend(query: Record<string, string>, body: Record<string, unknown>): object {
    if (!query.access_token) return { errcode: 41001, errmsg: 'access_token missing' };
    if (query.access_token !== this.token?.value) {
      return this.tokens.includes(query.access_token)
        ? { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }
        : { errcode: 40001, errmsg: 'invalid credential' };
    }
    if (this.token.expiresAt <= Date.now()) return { errcode: 42001, errmsg: 'access_token expired' };
    const failure = this.failures.shift();
    if (failure !== undefined) return { errcode: failure, errmsg: 'system error' };
    const { touser, template_id: templateId, page, data } = body;
    if (typeof touser !== 'string' || !this.openids.has(touser)) return { errcode: 40003, errmsg: 'invalid openid' };
    if (typeof templateId !== 'string' || !Object.values<string>(FAKE_TEMPLATES).includes(templateId)) {
      return { errcode: 40037, errmsg: 'invalid template_id' };
    }
    if (page !== undefined && typeof page !== 'string') return { errcode: 41030, errmsg: 'invalid page' };
    const fields = data && typeof data === 'object' ? Object.values(data) : [];
    const wellFormed = (field: unknown) =>
      typeof field === 'object' && field !== null && typeof (field as { value?: unknown }).value === 'string';
    if (!fields.length || !fields.every(wellFormed)) return { errcode: 47003, errmsg: 'argument invalid! data.value' };
    this.sent.push({ touser, template_id: templateId, page, data: data as FakeSentMessage['data'] });
    return { errcode: 0, errmsg: 'ok', msgid: this.sent.length };
  }
}
