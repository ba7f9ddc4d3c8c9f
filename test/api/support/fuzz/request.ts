import type { Operation } from './openapi';
import type { Prng } from './prng';
import { Pools, type ValueGenerator } from './values';

/** One part of a multipart body: a text field, or a file. */
export type MultipartPart = { name: string; value: string } | { name: string; file: Uint8Array; type: string };

export type FuzzBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; contentType?: string }
  | { kind: 'multipart'; parts: MultipartPart[] };

/** A request as data, so that a mutation can change any part of it. */
export interface FuzzRequest {
  method: string;
  /** The path template (`/api/cells/{id}`) and its parameters, already as text. */
  path: string;
  pathParams: Record<string, string>;
  /** Query pairs in order; a key may repeat. Values are text, encoded when sent. */
  query: [string, string][];
  headers: Record<string, string>;
  body?: FuzzBody;
  /** Sent as is instead of the path and query (bad percent-encoding). */
  rawPathAndQuery?: string;
}

/** A number whose JSON spelling JSON.stringify cannot produce (`1e400`), written into the body text as is. */
export const RAW_NUMBER = '\u0000raw-number:';

/** A tiny valid PNG, for multipart uploads (made once with sharp by the suite). */
export interface Assets {
  png: Uint8Array;
}

/**
 * A request the route should accept: every required part present, values from the schemas and real ids.
 * `bare` leaves out optional query parameters (a plain list shows the most records to learn ids from).
 */
export function validRequest(
  op: Operation,
  gen: ValueGenerator,
  pools: Pools,
  rng: Prng,
  assets: Assets,
  bare = false,
): FuzzRequest {
  const req: FuzzRequest = { method: op.method, path: op.path, pathParams: {}, query: [], headers: {} };
  for (const p of op.params) {
    if (p.in === 'path') {
      const id = pools.id(Pools.collectionOfPathParam(op.path, p.name), rng);
      req.pathParams[p.name] = String(id ?? gen.value(p.schema, p.name, rng));
    } else if (p.in === 'query' && (p.required || (!bare && rng.chance(0.4)))) {
      req.query.push([p.name, String(gen.value(p.schema, p.name, rng))]);
    } else if (p.in === 'header' && (p.required || rng.chance(0.5))) {
      // Headers are free text to the schema; a fresh token of 24 characters suits keys and ids alike.
      req.headers[p.name.toLowerCase()] = `fz-${rng.word(24)}`;
    }
  }
  if (op.body?.contentType === 'application/json') {
    req.body = { kind: 'json', value: gen.value(op.body.schema, 'body', rng) };
  } else if (op.body?.contentType === 'multipart/form-data') {
    req.body = { kind: 'multipart', parts: multipartParts(op, gen, rng, assets) };
  }
  return req;
}

function multipartParts(op: Operation, gen: ValueGenerator, rng: Prng, assets: Assets): MultipartPart[] {
  const schema = gen.resolve(op.body?.schema);
  const entries = Object.entries(schema.properties ?? {});
  // Text fields first: a route may read them before the file's stream.
  const fields = entries
    .filter(([, s]) => gen.resolve(s).format !== 'binary')
    .map(([name, s]) => ({ name, value: String(gen.value(s, name, rng)) }));
  const files = entries
    .filter(([, s]) => gen.resolve(s).format === 'binary')
    .map(([name]) => ({ name, file: assets.png, type: 'image/png' }));
  return [...fields, ...files];
}

/** Percent-encodes text, lone surrogates included (as the bytes a careless client would send). */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdfff && ch.length === 1) {
          return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
        }
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

/** The request's path and query as sent. */
export function pathAndQuery(req: FuzzRequest): string {
  if (req.rawPathAndQuery !== undefined) return req.rawPathAndQuery;
  const path = req.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeText(req.pathParams[name] ?? ''));
  const query = req.query.map(([k, v]) => `${encodeText(k)}=${encodeText(v)}`).join('&');
  return query ? `${path}?${query}` : path;
}

/**
 * A mutation keeps its own header values except where it changed them from the valid request: a
 * fresh Idempotency-Key each time, so that the route judges the body rather than the reused key.
 */
export function freshHeaders(op: Operation, valid: FuzzRequest, req: FuzzRequest, rng: Prng): FuzzRequest {
  const headers = { ...req.headers };
  for (const p of op.params.filter((p) => p.in === 'header')) {
    const key = p.name.toLowerCase();
    if (key in headers && headers[key] === valid.headers[key]) headers[key] = `fz-${rng.word(24)}`;
  }
  return { ...req, headers };
}
