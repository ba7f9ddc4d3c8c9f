import { type OpenApiDocument, resolve, type Schema } from './openapi';
import type { Prng } from './prng';

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Real ids and strings seen in answers, so that a valid request names records that exist: an `id`
 * under `/api/cells` is a cell's, a `reward` object's id a reward's, a `qr` string a scannable label.
 * Ids go by collection (`cells`, `household-cards`), strings by the property that held them.
 */
export class Pools {
  private readonly ids = new Map<string, Set<number | string>>();
  private readonly strings = new Map<string, Set<string>>();

  /** Ids the fuzzer must not pass around (its own callers: an admin must not demote itself). */
  constructor(private readonly protectedIds: Record<string, (number | string)[]> = {}) {}

  /** Learns from a 2xx answer of `path`: the collection is its last fixed segment (`/api/cells/{id}/bins` → bins). */
  harvest(path: string, body: unknown): void {
    const segments = path.split('/').filter((s) => s && !s.startsWith('{'));
    this.learn(body, segments[segments.length - 1] ?? '', 0);
  }

  private learn(value: unknown, collection: string, depth: number): void {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) this.learn(item, collection, depth + 1);
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && (typeof v === 'number' || typeof v === 'string')) add(this.ids, collection, v);
      else if (key === 'items') this.learn(v, collection, depth + 1);
      else if (typeof v === 'string' && v.length <= 200) add(this.strings, key, v);
      else if (Array.isArray(v)) this.learn(v, kebab(key), depth + 1);
      else this.learn(v, `${kebab(key)}s`, depth + 1);
    }
  }

  /** A known id for a field or path parameter named `name` (`homeCellId` → cells), if any. */
  id(name: string, rng: Prng): number | string | undefined {
    // A field names one record (`fromMissId` → from-misses); a path's collection is already plural.
    const stem = kebab(name.replace(/Ids?$/, ''));
    const plural = !/Ids?$/.test(name) ? stem : stem.endsWith('s') ? `${stem}es` : `${stem}s`;
    // The longest collection the name ends with: `shopkeeper-users` → users, `household-cards` → household-cards.
    const collection = [...this.ids.keys()]
      .filter((c) => plural === c || plural.endsWith(`-${c}`))
      .sort((a, b) => b.length - a.length)[0];
    const blocked = new Set(collection ? (this.protectedIds[collection] ?? []) : []);
    const known = collection ? [...(this.ids.get(collection) ?? [])].filter((id) => !blocked.has(id)) : [];
    return known.length ? rng.pick(known) : undefined;
  }

  /** A string once seen under a property of this name. */
  string(name: string, rng: Prng): string | undefined {
    const known = [...(this.strings.get(name) ?? [])];
    return known.length ? rng.pick(known) : undefined;
  }

  /** The id of a collection (for a path `{id}`): the segment before it, `/api/household-cards/{id}` → household-cards. */
  static collectionOfPathParam(path: string, param: string): string {
    const segments = path.split('/');
    const at = segments.indexOf(`{${param}}`);
    return param === 'id' && at > 0 ? segments[at - 1] : param;
  }
}

function add<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  // Keep a bounded sample: the newest values replace nothing, the oldest stay.
  if (set.size < 200) set.add(value);
  map.set(key, set);
}

/** Generates values that satisfy a schema, preferring real ids and seen strings. */
export class ValueGenerator {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly pools: Pools,
  ) {}

  resolve(schema: Schema | undefined): Schema {
    return resolve(this.doc, schema);
  }

  value(schemaIn: Schema | undefined, name: string, rng: Prng, depth = 0): unknown {
    const schema = resolve(this.doc, schemaIn);
    if (schema.enum?.length) return rng.pick(schema.enum);
    if (schema.nullable && rng.chance(0.1)) return null;
    switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
      case 'string':
        return this.string(schema, name, rng);
      case 'number':
      case 'integer':
        return this.number(schema, name, rng);
      case 'boolean':
        return rng.chance(0.5);
      case 'array': {
        const min = schema.minItems ?? 1;
        const count = rng.int(min, Math.max(min, Math.min(schema.maxItems ?? 3, 3)));
        return Array.from({ length: count }, () => this.value(schema.items, name, rng, depth + 1));
      }
      case 'object':
        return depth > 5 ? {} : this.object(schema, rng, depth);
      default:
        return rng.word(6);
    }
  }

  /** Every required property, and now and then an optional one. */
  object(schema: Schema, rng: Prng, depth = 0): Record<string, unknown> {
    const required = new Set(schema.required ?? []);
    const out: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      if (required.has(name) || rng.chance(0.3)) out[name] = this.value(prop, name, rng, depth + 1);
    }
    return out;
  }

  private string(schema: Schema, name: string, rng: Prng): string {
    if (schema.format === 'date-time') return new Date(Date.now() + rng.int(-3, 3) * 86_400_000).toISOString();
    if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
    const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
    // A real value seen in an answer (a label's QR text, a region code) or the document's example, by turns.
    const seen = this.pools.string(name, rng);
    const example = typeof schema.example === 'string' ? schema.example : undefined;
    const candidates = [seen, example].filter((v): v is string => v !== undefined && v.length <= max);
    if (candidates.length && rng.chance(0.85)) return rng.pick(candidates);
    const min = Math.max(schema.minLength ?? 1, 1);
    return rng.word(rng.int(min, Math.max(min, Math.min(max, 12))));
  }

  private number(schema: Schema, name: string, rng: Prng): number {
    if (/Ids?$/.test(name) || name === 'id') {
      const id = this.pools.id(name, rng);
      if (typeof id === 'number') return id;
    }
    if (typeof schema.example === 'number' && rng.chance(0.7)) return schema.example;
    const min = schema.minimum ?? 0;
    const max = Math.min(schema.maximum ?? min + 100, min + 100);
    return rng.int(Math.ceil(min), Math.floor(max));
  }
}
