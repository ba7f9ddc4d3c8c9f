import Taro from '@tarojs/taro';
import type { LoginResponse, UserResponse } from '@zerowaste/shared';
import { ROUTES } from '../routes';
import { loginWithWechatCode } from '../services/auth';
import { ApiError, messageOf, setUnauthenticatedHandler } from '../services/http';
import { getMe } from '../services/me';
import { clearToken, getToken, saveToken } from '../services/token';
import { createStore, useStore } from './create-store';

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface SessionState {
  status: SessionStatus;
  user: UserResponse | null;
  /** Chinese message when `status` is 'error'. */
  error: string | null;
}

export const sessionStore = createStore<SessionState>({ status: 'loading', user: null, error: null });

export function useSession(): SessionState {
  return useStore(sessionStore);
}

let bootstrapping: Promise<void> | null = null;

/** Restores the stored session, or signs in through WeChat; in H5 without a token, the user picks a demo account. */
export function bootstrapSession(): Promise<void> {
  if (!bootstrapping) {
    bootstrapping = runBootstrap().finally(() => {
      bootstrapping = null;
    });
  }
  return bootstrapping;
}

async function runBootstrap(): Promise<void> {
  sessionStore.set({ status: 'loading', user: null, error: null });
  if (getToken()) {
    try {
      const user = await getMe();
      sessionStore.set({ status: 'signedIn', user, error: null });
      return;
    } catch (error) {
      // A rejected token falls through to a fresh log-in; anything else is shown with a retry.
      if (!(error instanceof ApiError && error.status === 401)) {
        sessionStore.set({ status: 'error', user: null, error: messageOf(error) });
        return;
      }
    }
  }
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await signInWithWechat();
    } catch (error) {
      sessionStore.set({ status: 'error', user: null, error: messageOf(error) });
    }
    return;
  }
  sessionStore.set({ status: 'signedOut', user: null, error: null });
}

export async function signInWithWechat(): Promise<void> {
  let code: string;
  try {
    ({ code } = await Taro.login());
  } catch {
    throw new ApiError('微信登录失败，请稍后重试', 0, 'NETWORK');
  }
  applyLogin(await loginWithWechatCode(code));
}

export function applyLogin(response: LoginResponse): void {
  saveToken(response.accessToken, response.expiresIn);
  sessionStore.set({ status: 'signedIn', user: response.user, error: null });
}

export function updateSessionUser(user: UserResponse): void {
  sessionStore.set((state) => ({ ...state, user }));
}

export function signOut(): void {
  clearToken();
  sessionStore.set({ status: 'signedOut', user: null, error: null });
  goToLogin();
}

export function goToLogin(): void {
  const pages = Taro.getCurrentPages();
  const current = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '').split('?')[0];
  if (`/${current}` === ROUTES.login) return;
  Taro.reLaunch({ url: ROUTES.login });
}

setUnauthenticatedHandler(() => {
  // During bootstrap the 401 is expected and handled there.
  if (bootstrapping) return;
  if (process.env.TARO_ENV === 'weapp') {
    void bootstrapSession();
    return;
  }
  sessionStore.set({ status: 'signedOut', user: null, error: null });
  goToLogin();
});
