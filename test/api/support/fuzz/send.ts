import { type FuzzRequest, pathAndQuery } from './request';

// RAW_NUMBER's marker as JSON.stringify writes it, around the number's text.
const RAW_NUMBER_JSON = /"\\u0000raw-number:([^"]*)"/g;

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON; `undefined` otherwise. */
  json: unknown;
}

/** Sends a fuzz request with fetch, exactly as described (no defaults added but the bearer token). */
export async function send(baseUrl: string, req: FuzzRequest, token?: string): Promise<FuzzResponse> {
  const headers: Record<string, string> = { ...req.headers };
  if (token && !('authorization' in headers)) headers.authorization = `Bearer ${token}`;
  let body: string | FormData | undefined;
  if (req.body?.kind === 'json') {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(req.body.value).replace(RAW_NUMBER_JSON, '$1');
  } else if (req.body?.kind === 'raw') {
    if (req.body.contentType) headers['content-type'] = req.body.contentType;
    body = req.body.text;
  } else if (req.body?.kind === 'multipart') {
    const form = new FormData();
    for (const part of req.body.parts) {
      if ('file' in part) form.append(part.name, new Blob([part.file], { type: part.type }), 'fuzz.png');
      else form.append(part.name, part.value);
    }
    body = form;
  }
  const response = await fetch(`${baseUrl}${pathAndQuery(req)}`, {
    method: req.method,
    headers,
    body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let json: unknown;
  if (contentType.includes('json')) {
    try {
      json = JSON.parse(text);
    } catch {
      // Left undefined: the check reports a body that says JSON and is not.
    }
  }
  return { status: response.status, contentType, text, json };
}
