import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { CONFIG, type Config } from '../../config/config';

/** What code2Session gives us that we keep; the session_key is dropped on purpose (we never decrypt client data). */
export interface WechatSession {
  openid: string;
  unionid: string | null;
}

interface Code2SessionBody {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html
const INVALID_CODE = new Set([40029, 40163]);
const BUSY = new Set([-1, 45011]);
const BLOCKED_USER = 40226;

/** Talks to WeChat's servers over HTTP; the base URL is configurable so tests can point it at a local fake. */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  async code2Session(code: string): Promise<WechatSession> {
    const { apiBase, appId, secret, timeoutMs } = this.config.wechat;
    const url = new URL(`${apiBase}/sns/jscode2session`);
    url.search = new URLSearchParams({
      appid: appId,
      secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();

    let body: Code2SessionBody;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = (await response.json()) as Code2SessionBody;
    } catch (error) {
      // The URL carries the app secret: log only what failed, never the URL.
      this.logger.warn(`code2Session unreachable: ${(error as Error).name}: ${(error as Error).message}`);
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
}
