import type { Operation, Schema } from './openapi';
import type { Prng } from './prng';
import { type FuzzRequest, RAW_NUMBER } from './request';
import type { ValueGenerator } from './values';

/** A request that differs from the valid one in one named way. */
export interface Mutation {
  name: string;
  request: FuzzRequest;
  /** Names no record (an unknown or malformed id): a 2xx would mean the route read it as another one. */
  mustRefuse?: boolean;
}

export const UNICODE = {
  emoji: '♻️🗑️👩‍👩‍👧',
  rtl: '\u202Eevil\u202C\u200F',
  nul: 'a\u0000b',
  'lone surrogate': 'x\uD800y',
  'lone low surrogate': '\uDC00',
  bom: '\uFEFFname',
  combining: 'e\u0301\u0301\u0301',
} as const;

export const INJECTIONS = {
  'sql quote': "' OR '1'='1",
  'sql drop': '1; DROP TABLE users; --',
  'sql like': '%_%\\',
  'html script': '<script>alert(1)</script>',
  'html attribute': '"><img src=x onerror=alert(1)>',
  'path traversal': '../../etc/passwd',
} as const;

const NUMBERS: Record<string, unknown> = {
  huge: 1e308,
  'beyond 2^53': `${RAW_NUMBER}9007199254740993`,
  'beyond int32': 2147483648,
  negative: -1,
  zero: 0,
  fractional: 1.5,
  'tiny fraction': 1e-9,
  'beyond double (1e400)': `${RAW_NUMBER}1e400`,
  'minus zero text': `${RAW_NUMBER}-0`,
};

const PATH_IDS: Record<string, string> = {
  'id that does not exist': '999999999',
  'id beyond int32': '2147483648',
  'id beyond 2^53': '9007199254740993',
  'id too long': '9'.repeat(400),
  'id zero': '0',
  'id negative': '-1',
  'id fractional': '1.5',
  'id exponent': '1e3',
  'id hex': '0x10',
  'id word': 'abc',
  'id with space': ' 1',
  'id emoji': UNICODE.emoji,
  'id lone surrogate': UNICODE['lone surrogate'],
  'id nul': UNICODE.nul,
  'id sql': INJECTIONS['sql quote'],
};

const QUERY_NUMBERS = ['abc', '-1', '0', '1.5', '1e3', '99999999999999999999', '', 'NaN', 'Infinity', '0x10', ' 1'];

const PAGINATION: Record<string, [string, string][]> = {
  'page 0': [['page', '0']],
  'page negative': [['page', '-1']],
  'page word': [['page', 'abc']],
  'page huge': [['page', '99999999999']],
  'page fractional': [['page', '1.5']],
  'page empty': [['page', '']],
  'page twice': [
    ['page', '1'],
    ['page', '2'],
  ],
  'pageSize 0': [['pageSize', '0']],
  'pageSize huge': [['pageSize', '1000000']],
  'pageSize negative': [['pageSize', '-5']],
  'pageSize word': [['pageSize', 'all']],
  'far page': [
    ['page', '100000'],
    ['pageSize', '100'],
  ],
};

const clone = (req: FuzzRequest): FuzzRequest => structuredClone(req);

function wrongTypes(schema: Schema): Record<string, unknown> {
  switch (schema.type) {
    case 'string':
      return { 'a number': 123, 'a boolean': true, 'an object': { a: 1 }, 'an array': ['x'] };
    case 'number':
    case 'integer':
      return { 'a numeric string': '12', 'a boolean': true, 'an array': [1], 'an object': {} };
    case 'boolean':
      return { 'the string true': 'true', 'the number 1': 1 };
    case 'array':
      return { 'an object': {}, 'a string': 'x', 'an array of nulls': [null], 'an array of objects': [{ a: 1 }] };
    default:
      return { 'an array': [], 'a string': 'x', 'a number': 1 };
  }
}

/**
 * Every way the fuzzer bends a valid request of `op`. `always` are sent on every run (structure:
 * missing parts, bad bodies, the long URL); `sampled` (one field at a time) are drawn by the seed.
 */
export function mutationsOf(
  op: Operation,
  valid: FuzzRequest,
  gen: ValueGenerator,
  rng: Prng,
): { always: Mutation[]; sampled: Mutation[] } {
  const always: Mutation[] = [];
  const sampled: Mutation[] = [];
  const variant = (list: Mutation[], name: string, change: (req: FuzzRequest) => void) => {
    const request = clone(valid);
    change(request);
    list.push({ name, request });
  };

  // The URL over Node's 16 KiB header limit.
  variant(always, 'URL longer than the header limit', (r) => r.query.push(['pad', 'a'.repeat(20_000)]));
  variant(always, 'forged token', (r) => {
    r.headers.authorization = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.forged';
  });
  variant(sampled, 'bad percent-encoding', (r) => {
    r.rawPathAndQuery = `${op.path.replace(/\{\w+\}/g, '%E0%A4%A')}?q=%ZZ`;
  });
  variant(sampled, 'unknown query parameter', (r) => r.query.push(['fuzzExtra', '1']));

  // Path parameters.
  for (const p of op.params.filter((p) => p.in === 'path')) {
    for (const [name, value] of Object.entries(PATH_IDS)) {
      const list = name === 'id that does not exist' ? always : sampled;
      variant(list, `path ${p.name}: ${name}`, (r) => {
        r.pathParams[p.name] = value;
      });
      list[list.length - 1].mustRefuse = true;
    }
  }

  // Query parameters.
  const queryParams = op.params.filter((p) => p.in === 'query');
  for (const p of queryParams) {
    const schema = gen.resolve(p.schema);
    const without = (r: FuzzRequest) => {
      r.query = r.query.filter(([k]) => k !== p.name);
    };
    if (p.required) variant(always, `query ${p.name}: missing`, without);
    const values: Record<string, string> =
      schema.type === 'number' || schema.type === 'integer'
        ? Object.fromEntries(QUERY_NUMBERS.map((v) => [JSON.stringify(v), v]))
        : {
            empty: '',
            long: 'x'.repeat(2_000),
            'not in the enum': 'no-such-value',
            ...UNICODE,
            ...INJECTIONS,
          };
    for (const [name, value] of Object.entries(values)) {
      variant(sampled, `query ${p.name}: ${name}`, (r) => {
        without(r);
        r.query.push([p.name, value]);
      });
    }
    variant(sampled, `query ${p.name}: twice`, (r) => {
      r.query.push(
        [p.name, String(gen.value(p.schema, p.name, rng))],
        [p.name, String(gen.value(p.schema, p.name, rng))],
      );
    });
  }
  if (queryParams.some((p) => p.name === 'page')) {
    for (const [name, pairs] of Object.entries(PAGINATION)) {
      variant(sampled, `pagination: ${name}`, (r) => {
        r.query = [...r.query.filter(([k]) => !pairs.some(([pk]) => pk === k)), ...pairs];
      });
    }
  }

  // Headers the document declares.
  for (const p of op.params.filter((p) => p.in === 'header')) {
    const key = p.name.toLowerCase();
    if (p.required) variant(always, `header ${p.name}: missing`, (r) => delete r.headers[key]);
    variant(sampled, `header ${p.name}: empty`, (r) => {
      r.headers[key] = '';
    });
    variant(sampled, `header ${p.name}: too long`, (r) => {
      r.headers[key] = 'k'.repeat(1_000);
    });
    variant(sampled, `header ${p.name}: short`, (r) => {
      r.headers[key] = 'k';
    });
  }

  // Bodies, whatever the route takes: no body, an empty JSON body, broken JSON, other types.
  if (op.method !== 'GET') {
    variant(always, 'empty body with content-type: application/json', (r) => {
      r.body = { kind: 'raw', text: '', contentType: 'application/json' };
    });
    variant(always, 'malformed JSON', (r) => {
      r.body = { kind: 'raw', text: '{"a": [1, 2', contentType: 'application/json' };
    });
    variant(sampled, 'no body at all', (r) => {
      r.body = undefined;
    });
    variant(sampled, 'wrong content type (text/plain)', (r) => {
      r.body = { kind: 'raw', text: 'hello', contentType: 'text/plain' };
    });
    variant(sampled, 'wrong content type (application/xml)', (r) => {
      r.body = { kind: 'raw', text: '<a>1</a>', contentType: 'application/xml' };
    });
    variant(sampled, 'wrong content type (form)', (r) => {
      r.body = { kind: 'raw', text: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' };
    });
    variant(sampled, 'JSON with a prototype key', (r) => {
      r.body = { kind: 'raw', text: '{"__proto__": {"isAdmin": true}}', contentType: 'application/json' };
    });
    for (const [name, text] of Object.entries({ array: '[]', string: '"x"', null: 'null', number: '42' })) {
      variant(sampled, `body is a JSON ${name}`, (r) => {
        r.body = { kind: 'raw', text, contentType: 'application/json' };
      });
    }
  }

  const body = valid.body;
  if (body?.kind === 'json' && op.body) {
    const change = (path: (string | number)[], v: unknown) => (r: FuzzRequest) => {
      r.body = { kind: 'json', value: setAt(body.value, path, v) };
    };
    variant(always, 'extra field', change(['fuzzExtra'], 'x'));
    for (const field of fieldsOf(gen, gen.resolve(op.body.schema), [])) {
      const label = `body ${field.path.join('.')}`;
      // A top-level required field missing is sent every run; nested ones are drawn with the rest.
      if (field.required)
        variant(field.path.length === 1 ? always : sampled, `${label}: missing`, change(field.path, MISSING));
      for (const [name, v] of Object.entries(badValues(field.schema, String(field.path.at(-1)), gen, rng))) {
        variant(sampled, `${label}: ${name}`, change(field.path, v));
      }
    }
  }

  if (body?.kind === 'multipart') {
    variant(always, 'multipart without the file', (r) => {
      r.body = { kind: 'multipart', parts: body.parts.filter((p) => !('file' in p)) };
    });
    variant(always, 'multipart with a file that is not an image', (r) => {
      r.body = {
        kind: 'multipart',
        parts: body.parts.map((p) => ('file' in p ? { ...p, file: new TextEncoder().encode('not an image') } : p)),
      };
    });
    variant(sampled, 'multipart with an empty file', (r) => {
      r.body = {
        kind: 'multipart',
        parts: body.parts.map((p) => ('file' in p ? { ...p, file: new Uint8Array() } : p)),
      };
    });
    variant(sampled, 'multipart with a field twice', (r) => {
      r.body = { kind: 'multipart', parts: [...body.parts, ...body.parts] };
    });
    variant(sampled, 'JSON instead of multipart', (r) => {
      r.body = { kind: 'json', value: {} };
    });
  }
  return { always, sampled };
}

/** Values a field of this schema must refuse (or take without a 5xx). */
function badValues(schema: Schema, field: string, gen: ValueGenerator, rng: Prng): Record<string, unknown> {
  const values: Record<string, unknown> = { ...prefix('wrong type: ', wrongTypes(schema)), null: null };
  if (schema.type === 'string') {
    Object.assign(values, { empty: '', 'very long': '长'.repeat(10_000), 'only spaces': '   ' }, UNICODE, INJECTIONS);
  } else if (schema.type === 'number' || schema.type === 'integer') {
    Object.assign(values, NUMBERS, /Ids?$/.test(field) ? { 'id that does not exist': 999999999 } : {});
  } else if (schema.type === 'array') {
    const item = gen.value(schema.items, field, rng);
    Object.assign(values, {
      empty: [],
      'a thousand items': Array.from({ length: 1_000 }, () => item),
      'the same item twice': [item, item],
    });
  } else if (schema.type === 'object' || schema.properties) {
    Object.assign(values, { 'empty object': {}, 'nested extra field': { fuzzExtra: 1 } });
  }
  return values;
}

interface Field {
  path: (string | number)[];
  schema: Schema;
  required: boolean;
}

/** The body's fields, nested objects and the first item of arrays of objects included (two levels down). */
function fieldsOf(gen: ValueGenerator, schema: Schema, parent: (string | number)[]): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const resolved = gen.resolve(s);
    const field = { path: [...parent, name], schema: resolved, required: required.has(name) };
    if (parent.length >= 4) return [field];
    if (resolved.properties) return [field, ...fieldsOf(gen, resolved, field.path)];
    const items = resolved.type === 'array' ? gen.resolve(resolved.items) : undefined;
    return items?.properties ? [field, ...fieldsOf(gen, items, [...field.path, 0])] : [field];
  });
}

const MISSING = Symbol('missing');

/** A copy of `root` with the value at `path` replaced (or removed, for MISSING), creating containers on the way. */
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root ?? {}) as Record<string | number, unknown>;
  let at = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    if (at[key] === null || typeof at[key] !== 'object') at[key] = typeof path[i + 1] === 'number' ? [] : {};
    at = at[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === MISSING) delete at[last];
  else at[last] = value;
  return copy;
}

function prefix(p: string, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${p}${k}`, v]));
}
