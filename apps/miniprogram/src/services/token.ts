import Taro from '@tarojs/taro';

const TOKEN_KEY = 'zw.session';
// Treat a token as expired a minute early so a request never races its expiry.
const EXPIRY_MARGIN_MS = 60_000;

interface StoredSession {
  accessToken: string;
  expiresAt: number;
}

function isStoredSession(value: unknown): value is StoredSession {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredSession).accessToken === 'string' &&
    typeof (value as StoredSession).expiresAt === 'number'
  );
}

/** The stored access token, or null when there is none or it has expired. */
export function getToken(): string | null {
  const stored: unknown = Taro.getStorageSync(TOKEN_KEY);
  if (!isStoredSession(stored)) return null;
  if (stored.expiresAt - EXPIRY_MARGIN_MS <= Date.now()) {
    Taro.removeStorageSync(TOKEN_KEY);
    return null;
  }
  return stored.accessToken;
}

export function saveToken(accessToken: string, expiresInSeconds: number): void {
  const session: StoredSession = { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  Taro.setStorageSync(TOKEN_KEY, session);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}
