import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { CONFIG, type Config } from '../../config/config';

/** What code2Session gives us that we keep; the session_key is dropped on purpose (we never decrypt client data). */
export interface WechatSession {
  openid: string;
  unionid: string | null;
}

/** One subscription message (订阅消息) to one user. */
export interface SubscribeMessage {
  /** The user's openid. */
  touser: string;
  templateId: string;
  /** The mini-program page the message opens, with its query. */
  page: string;
  /** The template's fields, e.g. `{thing1: {value: '纸类'}, time2: {value: '2026-12-04 09:00'}}`. */
  data: Record<string, { value: string }>;
}

/**
 * How a send ended. `retry` tells a passing failure (WeChat busy, unreachable) from one that will
 * fail again (no consent left on WeChat's side, a wrong template). `reason` names no person.
 */
export type SendOutcome = { ok: true } | { ok: false; retry: boolean; reason: string };

interface WechatAnswer {
  errcode?: number;
  errmsg?: string;
}

interface Code2SessionBody extends WechatAnswer {
  openid?: string;
  unionid?: string;
  session_key?: string;
}

interface StableTokenBody extends WechatAnswer {
  access_token?: string;
  expires_in?: number;
}

// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html
const INVALID_CODE = new Set([40029, 40163]);
const BUSY = new Set([-1, 45011]);
const BLOCKED_USER = 40226;
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getStableAccessToken.html
/** The access token is invalid (replaced meanwhile) or expired: fetch it again and retry once. */
const STALE_TOKEN = new Set([40001, 42001]);
/** A token is dropped this long before WeChat says it expires, so that none is used at its last second. */
const TOKEN_MARGIN_MS = 5 * 60_000;
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
/** Sending again later may succeed: WeChat busy, or the send rate limit. */
const SEND_BUSY = new Set([-1, 45009, 45011]);

class WechatUnreachable extends Error {}

/** Talks to WeChat's servers over HTTP; the base URL is configurable so tests can point it at a local fake. */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);
  /** The access token this process holds, shared by every send until it expires or WeChat refuses it. */
  private token: { value: string; expiresAt: number } | null = null;
  /** A fetch of the token under way, which concurrent sends wait for rather than fetching their own. */
  private tokenFetch: Promise<string> | null = null;

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  async code2Session(code: string): Promise<WechatSession> {
    const { appId, secret } = this.config.wechat;
    const query = new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' });
    let body: Code2SessionBody;
    try {
      body = await this.call<Code2SessionBody>(`/sns/jscode2session?${query}`);
    } catch (error) {
      this.logger.warn(`code2Session unreachable: ${(error as Error).message}`);
      throw new AppError('WECHAT_UNAVAILABLE', 'WeChat could not be reached; try again');
    }

    const errcode = body.errcode ?? 0;
    if (errcode === 0 && body.openid) return { openid: body.openid, unionid: body.unionid ?? null };
    if (INVALID_CODE.has(errcode)) throw new AppError('WECHAT_CODE_INVALID', 'The log-in code is invalid or used');
    if (BUSY.has(errcode)) throw new AppError('WECHAT_UNAVAILABLE', 'WeChat is busy; try again');
    if (errcode === BLOCKED_USER) throw new AppError('FORBIDDEN', 'WeChat refused this user (high risk)');
    this.logger.error(`code2Session refused: errcode ${errcode} ${body.errmsg ?? ''}`);
    throw new AppError('WECHAT_REJECTED', `WeChat refused the log-in (errcode ${errcode})`);
  }

  /**
   * Sends one subscription message. Never throws: the caller (the notifications job) decides what to
   * do with a failure from its outcome. A stale access token is fetched again and the send retried once.
   */
  async sendSubscribeMessage(message: SubscribeMessage): Promise<SendOutcome> {
    const body = {
      touser: message.touser,
      template_id: message.templateId,
      page: message.page,
      data: message.data,
      lang: 'zh_CN',
    };
    try {
      let answer = await this.send(body);
      if (STALE_TOKEN.has(answer.errcode ?? 0)) {
        this.token = null;
        answer = await this.send(body);
      }
      const errcode = answer.errcode ?? 0;
      if (errcode === 0) return { ok: true };
      // A token refused even when fresh is WeChat's passing trouble too: the next try fetches another.
      const retry = SEND_BUSY.has(errcode) || STALE_TOKEN.has(errcode);
      if (STALE_TOKEN.has(errcode)) this.token = null;
      return { ok: false, retry, reason: `errcode ${errcode}` };
    } catch (error) {
      return { ok: false, retry: true, reason: (error as Error).message };
    }
  }

  private async send(body: object): Promise<WechatAnswer> {
    const token = await this.accessToken();
    return this.call<WechatAnswer>(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, body);
  }

  /** The cached access token, or a fresh one from `stable_token` (one fetch at a time per process). */
  private accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return Promise.resolve(this.token.value);
    this.tokenFetch ??= this.fetchToken().finally(() => {
      this.tokenFetch = null;
    });
    return this.tokenFetch;
  }

  private async fetchToken(): Promise<string> {
    const { appId, secret } = this.config.wechat;
    // The stable token is shared by every caller of this app id: asking without force_refresh answers the
    // current one (or a new one once it expired), so replicas never invalidate each other's token.
    const body = await this.call<StableTokenBody>('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: appId,
      secret,
      force_refresh: false,
    });
    if (!body.access_token || (body.errcode ?? 0) !== 0) {
      throw new WechatUnreachable(`stable_token refused: errcode ${body.errcode ?? 'none'}`);
    }
    const lifetimeMs = (body.expires_in ?? 7200) * 1000;
    this.token = { value: body.access_token, expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, 0) };
    return body.access_token;
  }

  /**
   * One call to WeChat: a GET, or a POST of `json`; its JSON answer. Throws a message that never
   * holds the URL, which may carry the app secret or the access token.
   */
  private async call<T>(pathAndQuery: string, json?: object): Promise<T> {
    const { apiBase, timeoutMs } = this.config.wechat;
    try {
      const response = await fetch(`${apiBase}${pathAndQuery}`, {
        signal: AbortSignal.timeout(timeoutMs),
        ...(json && { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
      });
      if (!response.ok) throw new WechatUnreachable(`HTTP ${response.status}`);
      return (await response.json()) as T;
    } catch (error) {
      if (error instanceof WechatUnreachable) throw error;
      throw new WechatUnreachable(`${(error as Error).name}: ${(error as Error).message}`);
    }
  }
}
