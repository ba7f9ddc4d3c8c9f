/** The part of an OpenAPI 3.0 document the fuzzer reads (as @nestjs/swagger writes it). */
export interface Schema {
  $ref?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface MediaTypes {
  content?: Record<string, { schema?: Schema }>;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: MediaTypes & { required?: boolean };
  responses: Record<string, MediaTypes>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  /** `POST /api/cells/{id}/bins`: how failures name it. */
  id: string;
  method: string;
  path: string;
  params: Parameter[];
  body?: { contentType: string; schema: Schema; required: boolean };
  responses: Record<string, MediaTypes>;
  secured: boolean;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document, in its order. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => {
        const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
        return {
          id: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          params: op.parameters ?? [],
          body:
            contentType && media?.schema
              ? { contentType, schema: media.schema, required: op.requestBody?.required ?? false }
              : undefined,
          responses: op.responses,
          secured: (op.security ?? []).length > 0,
        };
      }),
  );
}

/** Follows `$ref`s and folds `allOf` into one schema, for generating values. */
export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop() ?? '']);
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  const merged: Schema = { ...rest, properties: { ...rest.properties }, required: [...(rest.required ?? [])] };
  for (const part of allOf.map((s) => resolve(doc, s))) {
    Object.assign(merged, part, {
      properties: Object.assign(merged.properties ?? {}, part.properties),
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    });
  }
  return merged;
}

type JsonSchema = Record<string, unknown>;

// OpenAPI-only words that a JSON-schema validator does not know.
const OPENAPI_ONLY = new Set(['nullable', 'example', 'xml', 'externalDocs', 'discriminator']);

/**
 * An OpenAPI 3.0 schema as JSON Schema: `nullable` becomes "or null", `#/components/schemas/X`
 * becomes `<base>#/definitions/X`, and (with `closed`) an object with declared properties allows
 * no others, so a field the document does not declare is caught.
 */
export function toJsonSchema(schema: Schema, base: string, closed: boolean): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = `${base}#/definitions/${value.split('/').pop()}`;
    } else if (key === 'properties' && value) {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, s]) => [name, toJsonSchema(s, base, closed)]),
      );
    } else if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object' && value) {
      out[key] = toJsonSchema(value as Schema, base, closed);
    } else if (key === 'allOf' || key === 'oneOf' || key === 'anyOf') {
      out[key] = (value as Schema[]).map((s) => toJsonSchema(s, base, closed));
    } else {
      out[key] = value;
    }
  }
  if (closed && schema.properties && !schema.allOf && schema.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return schema.nullable ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** The document's component schemas as one JSON Schema to register under `base`. */
export function componentsAsJsonSchema(doc: OpenApiDocument, base: string, closed: boolean): JsonSchema {
  const schemas = doc.components?.schemas ?? {};
  return {
    $id: base,
    definitions: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, toJsonSchema(s, base, closed)])),
  };
}
