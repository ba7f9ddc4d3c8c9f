import type { DemoLoginRequest, LoginResponse, WechatLoginRequest } from '@zerowaste/shared';
import { request } from './http';

export function loginWithWechatCode(code: string): Promise<LoginResponse> {
  const body: WechatLoginRequest = { code };
  return request<LoginResponse>('POST', '/auth/wechat', { body, auth: false });
}

export function loginAsDemoUser(openid: string): Promise<LoginResponse> {
  const body: DemoLoginRequest = { openid };
  return request<LoginResponse>('POST', '/auth/demo', { body, auth: false });
}
