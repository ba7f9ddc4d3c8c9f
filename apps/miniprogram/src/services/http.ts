import Taro from '@tarojs/taro';
import {
  type ErrorCode,
  errorMessageZh,
  type FieldError,
  IMAGE_UPLOAD_FIELD,
  isErrorResponse,
} from '@zerowaste/shared';
import { clearToken, getToken } from './token';

/** Codes the client adds to the API's own: the request never got an HTTP answer, or an unexpected one. */
export type ClientErrorCode = 'NETWORK' | 'UNEXPECTED_RESPONSE';

/** Every failed request rejects with this; `message` is Chinese and ready to show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly fieldErrors: FieldError[] = [],
    /** For refusals that pass with time (cool-down, daily cap): when trying again can succeed (ISO 8601). */
    readonly retryAt: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A Chinese message for anything thrown, for toasts and error states. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '出错了，请稍后再试';
}

/**
 * Whether the request may never have reached the API, or may still be running there: retrying it
 * with the same idempotency key is safe. Anything else is the API's answer (a refusal) and final.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'NETWORK' || error.code === 'IDEMPOTENCY_IN_PROGRESS' || error.status >= 500;
}

/** The field the API named in a validation refusal, e.g. `category` at a four-bin station. */
export function hasFieldError(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.fieldErrors.some((problem) => problem.field === field);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: object;
  /** Send the bearer token (default). Log-in and meta calls set this to false. */
  auth?: boolean;
  /** Extra headers, e.g. `Idempotency-Key` (see idempotency.ts). */
  headers?: Record<string, string>;
}

// H5 is served by the API itself, so relative URLs reach it without CORS; weapp needs the full origin.
const BASE_URL = process.env.TARO_ENV === 'h5' ? '' : API_BASE;
const TIMEOUT_MS = 15_000;
// A photo on a slow mobile network takes longer than a JSON request.
const UPLOAD_TIMEOUT_MS = 60_000;

/**
 * Where to load a URL the API returned: its own paths (an uploaded avatar under `/api/images`) are
 * relative to the API's origin; anything else (https, a local temporary file) is used as it is.
 */
export function resolveApiUrl(url: string): string {
  return url.startsWith('/') ? `${BASE_URL}${url}` : url;
}

let onUnauthenticated: (() => void) | null = null;

/** Called once by the session store: what to do when the API says the token is no longer good. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function sessionExpired(): ApiError {
  clearToken();
  onUnauthenticated?.();
  return new ApiError(errorMessageZh('UNAUTHENTICATED'), 401, 'UNAUTHENTICATED');
}

/** The headers every call sends: JSON answers, and the bearer token unless `auth` is false. */
function baseHeaders(auth: boolean, extra: Record<string, string> = {}): Record<string, string> {
  const header: Record<string, string> = { ...extra, Accept: 'application/json' };
  if (auth) {
    const token = getToken();
    if (!token) throw sessionExpired();
    header.Authorization = `Bearer ${token}`;
  }
  return header;
}

/** Turns an HTTP answer into the data, or rejects with an ApiError carrying the Chinese message. */
function settle<T>(statusCode: number, data: unknown, auth: boolean): T {
  if (statusCode >= 200 && statusCode < 300) return data as T;
  if (statusCode === 401 && auth) throw sessionExpired();
  if (isErrorResponse(data)) {
    throw new ApiError(errorMessageZh(data.code), statusCode, data.code, data.errors ?? [], data.retryAt ?? null);
  }
  throw new ApiError(`服务暂时不可用（${statusCode}），请稍后再试`, statusCode, 'UNEXPECTED_RESPONSE');
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const auth = options.auth ?? true;
  const header = baseHeaders(auth, options.headers);
  if (options.body) header['Content-Type'] = 'application/json';

  let response: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>;
  try {
    response = await Taro.request({
      url: `${BASE_URL}/api${path}${buildQuery(options.query)}`,
      method,
      data: options.body,
      header,
      timeout: TIMEOUT_MS,
      dataType: 'json',
    });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', 0, 'NETWORK');
  }

  return settle<T>(response.statusCode, response.data, auth);
}

/**
 * Uploads a local file (a temporary path from chooseAvatar or chooseImage) as multipart/form-data in
 * the field the API reads, signed in; answers and fails like `request`.
 */
export async function upload<T>(path: string, filePath: string): Promise<T> {
  const header = baseHeaders(true);
  let response: Taro.uploadFile.SuccessCallbackResult;
  try {
    response = await Taro.uploadFile({
      url: `${BASE_URL}/api${path}`,
      filePath,
      name: IMAGE_UPLOAD_FIELD,
      header,
      timeout: UPLOAD_TIMEOUT_MS,
    });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', 0, 'NETWORK');
  }
  // uploadFile hands back the body as text.
  let data: unknown = response.data;
  try {
    data = JSON.parse(response.data);
  } catch {
    // Not JSON (a proxy's error page): settle reports the status.
  }
  return settle<T>(response.statusCode, data, true);
}

/** A PDF the API renders for the signed-in user (a label sheet, a household card): see `openFile`. */
export function openPdf(path: string, fileName: string): Promise<void> {
  return openFile(path, fileName, 'pdf');
}

/**
 * Fetches a file the API renders for the signed-in user (a PDF, an Excel export) and shows it:
 * WeChat downloads it and opens it in its document viewer (share or print from there); the browser
 * saves it under `fileName`. The token goes in the header, never in the URL.
 */
export async function openFile(
  path: string,
  fileName: string,
  fileType: 'pdf' | 'xlsx',
  query?: Record<string, QueryValue>,
): Promise<void> {
  const header = baseHeaders(true);
  const url = `${BASE_URL}/api${path}${buildQuery(query)}`;
  if (process.env.TARO_ENV === 'h5') {
    let response: Response;
    try {
      response = await fetch(url, { headers: header });
    } catch {
      throw new ApiError('网络连接失败，请检查网络后重试', 0, 'NETWORK');
    }
    if (!response.ok) settle(response.status, await response.json().catch(() => null), true);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName;
    link.click();
    // The click has handed the bytes to the browser's download; the object URL can go.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return;
  }
  let download: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    download = await Taro.downloadFile({ url, header });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', 0, 'NETWORK');
  }
  if (download.statusCode !== 200) {
    // An error answer is JSON saved to a temporary file: read it for the code.
    let data: unknown = null;
    try {
      data = JSON.parse(Taro.getFileSystemManager().readFileSync(download.tempFilePath, 'utf8') as string);
    } catch {
      // Not JSON: settle reports the status.
    }
    settle(download.statusCode, data, true);
  }
  await Taro.openDocument({ filePath: download.tempFilePath, fileType, showMenu: true });
}
