import { type Env, readInt, readString, readUrl } from './env';

export const DEFAULT_WECHAT_APPID = 'wx0000000000000000';
export const DEFAULT_WECHAT_SECRET = 'dev-only-wechat-secret';

export interface WechatConfig {
  appId: string;
  secret: string;
  /** WeChat's API host; tests point it at a local fake that speaks the same protocol. */
  apiBase: string;
  timeoutMs: number;
}

export function readWechatConfig(env: Env): WechatConfig {
  return {
    appId: readString(env, 'WECHAT_APPID', DEFAULT_WECHAT_APPID),
    secret: readString(env, 'WECHAT_SECRET', DEFAULT_WECHAT_SECRET),
    apiBase: readUrl(env, 'WECHAT_API_BASE', 'https://api.weixin.qq.com', ['https:', 'http:']),
    timeoutMs: readInt(env, 'WECHAT_TIMEOUT_MS', 5000, 100, 60_000),
  };
}
