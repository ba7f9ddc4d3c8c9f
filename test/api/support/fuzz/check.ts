import { ERROR_STATUS, isErrorResponse } from '@zerowaste/shared';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { componentsAsJsonSchema, type OpenApiDocument, type Operation, toJsonSchema } from './openapi';
import type { FuzzResponse } from './send';

const BASE = 'openapi';
const ERROR_KEYS = new Set(['code', 'message', 'errors', 'retryAt']);

/**
 * Judges answers against the document: nothing ≥ 500, every other failure in the one error shape
 * with the status its code carries, every 2xx as the document declares it (ajv, objects closed so
 * that an undeclared field counts as a lie).
 */
export class ResponseChecker {
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    addFormats(this.ajv);
    // OpenAPI's `format: binary` marks file contents, which are not JSON values to check.
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(componentsAsJsonSchema(doc, BASE, true));
  }

  /** What is wrong with this answer to `op`, or undefined when nothing is (`mustRefuse`: no 2xx allowed). */
  problem(op: Operation, res: FuzzResponse, mustRefuse = false): string | undefined {
    if (res.status >= 500) return `answered ${res.status}`;
    if (mustRefuse && res.status < 300) return `accepted an id that names no record (answered ${res.status})`;
    if (res.status >= 200 && res.status < 300) return this.successProblem(op, res);
    if (res.status < 400) return op.responses[String(res.status)] ? undefined : `undeclared status ${res.status}`;
    if (!res.contentType.startsWith('application/json'))
      return `error answer in ${res.contentType || 'no content type'}`;
    const declaredTypes = Object.keys(op.responses[String(res.status)]?.content ?? {});
    if (declaredTypes.length && !declaredTypes.includes('application/json')) {
      return `error answer in JSON, declared as ${declaredTypes.join(', ')}`;
    }
    const body = res.json;
    if (!isErrorResponse(body)) return 'error answer not in the {code, message, errors?} shape';
    const extra = Object.keys(body).filter((k) => !ERROR_KEYS.has(k));
    if (extra.length) return `error answer with extra fields: ${extra.join(', ')}`;
    if (ERROR_STATUS[body.code] !== res.status)
      return `${body.code} carries ${ERROR_STATUS[body.code]}, answered ${res.status}`;
    const errors = this.validator('#error', { $ref: '#/components/schemas/ErrorResponseDto' });
    return errors(body) ? undefined : `error answer: ${describe(errors.errors)}`;
  }

  private successProblem(op: Operation, res: FuzzResponse): string | undefined {
    const declared = op.responses[String(res.status)] ?? op.responses['2XX'] ?? op.responses.default;
    if (!declared) return `undeclared status ${res.status} (declares ${Object.keys(op.responses).join(', ')})`;
    const [type, media] = Object.entries(declared.content ?? {})[0] ?? [];
    if (!type) return res.text.length ? `a body where the document declares none: ${res.text.slice(0, 80)}` : undefined;
    if (!res.contentType.startsWith(type)) return `content-type ${res.contentType}, declared ${type}`;
    if (type !== 'application/json' || !media?.schema) return undefined;
    if (res.json === undefined) return 'a body that is not JSON';
    const validate = this.validator(`${op.id} ${res.status}`, media.schema);
    return validate(res.json) ? undefined : `body does not match the document: ${describe(validate.errors)}`;
  }

  private validator(key: string, schema: Parameters<typeof toJsonSchema>[0]): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema, BASE, true));
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** Ajv's errors, one line per place and problem: list items fold into `*`, so a lie shows once, not per row. */
function describe(errors: ErrorObject[] | null | undefined): string {
  const lines = [
    ...new Set((errors ?? []).map((e) => `body${e.instancePath.replace(/\/\d+(?=\/|$)/g, '/*')} ${e.message}`)),
  ];
  return lines.length > 4 ? `${lines.slice(0, 4).join('; ')} (+${lines.length - 4} more)` : lines.join('; ');
}
