import type { UserResponse } from './user';

export interface WechatLoginRequest {
  /** The one-time code from `wx.login`, valid for five minutes. */
  code: string;
}

export interface DemoLoginRequest {
  /** One of `DEMO_OPENIDS`. */
  openid: string;
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  user: UserResponse;
}
