import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers for one js_code: a session, or one of WeChat's error codes. */
export type FakeCodeResult = { openid: string; unionid?: string } | { errcode: number; errmsg: string };

export interface FakeWechatCall {
  path: string;
  query: Record<string, string>;
}

/**
 * A local server that speaks WeChat's code2Session protocol (GET /sns/jscode2session with query
 * parameters, JSON answers with errcode/errmsg), so the API's real HTTP client is what gets tested.
 * Like WeChat, it checks the app id and secret and accepts each code once.
 */
export class FakeWechatServer {
  readonly calls: FakeWechatCall[] = [];
  readonly sessionKeys: string[] = [];
  private readonly codes = new Map<string, FakeCodeResult>();
  private readonly used = new Set<string>();
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

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const query = Object.fromEntries(url.searchParams);
      this.calls.push({ path: url.pathname, query });
      const body = this.answer(req.method ?? 'GET', url.pathname, query);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(method: string, path: string, query: Record<string, string>): object {
    if (method !== 'GET' || path !== '/sns/jscode2session') return { errcode: 404, errmsg: 'not found' };
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
    return { openid: result.openid, session_key: sessionKey, ...(result.unionid && { unionid: result.unionid }) };
  }
}
