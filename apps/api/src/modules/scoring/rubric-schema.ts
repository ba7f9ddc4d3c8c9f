import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  CELL_TYPES,
  type CellType,
  GRADES,
  INDICATOR_RULES,
  MANUAL_SOURCE,
  type RubricDefinition,
} from '@zerowaste/shared';
import Ajv, { type ErrorObject } from 'ajv';

/** A rubric file found wrong; the message names the file and the field. */
export class RubricError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field} ${problem}`);
    this.name = 'RubricError';
  }
}

/** A rubric read from config/rubrics/<cellType>.json, with the hash that tells whether it changed. */
export interface RubricFile {
  file: string;
  rubric: RubricDefinition;
  /** sha256 of the canonical JSON: formatting and key order alone make no new version. */
  hash: string;
}

const positive = { type: 'number', exclusiveMinimum: 0 } as const;

/** JSON Schema's `if rule is … then …`. */
function requiredFor(rule: string, schema: object): object {
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword, never awaited
  return { if: { properties: { rule: { const: rule } } }, then: schema };
}

/** The shape every rubric file has; the rules' own parameters are required per rule. */
export const RUBRIC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['cellType', 'title', 'grades', 'indicators'],
  properties: {
    $schema: { type: 'string' },
    cellType: { enum: CELL_TYPES },
    title: { type: 'string', minLength: 1, maxLength: 100 },
    grades: {
      type: 'array',
      minItems: 1,
      maxItems: GRADES.length,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['grade', 'min'],
        properties: { grade: { enum: GRADES }, min: { type: 'number', minimum: 0, maximum: 100 } },
      },
    },
    indicators: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'name', 'weight', 'source', 'rule'],
        properties: {
          key: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$' },
          name: { type: 'string', minLength: 1, maxLength: 32 },
          weight: { ...positive, maximum: 100 },
          source: { type: 'string', pattern: '^[a-z][a-z0-9_:]{0,63}$' },
          rule: { enum: INDICATOR_RULES },
          target: { type: 'number', minimum: 0 },
          deduct: positive,
          step: positive,
          perCheck: positive,
          checks: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 64 } },
          description: { type: 'string', maxLength: 500 },
        },
        // The parameters each rule needs (JSON Schema's if/then, not a promise).
        allOf: [
          requiredFor('ratio', { required: ['target'], properties: { target: positive } }),
          requiredFor('thresholds', { required: ['target', 'step', 'deduct'] }),
          requiredFor('deductions', { required: ['perCheck'] }),
        ],
      },
    },
  },
} as const;

const validateShape = new Ajv({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true }).compile(
  RUBRIC_SCHEMA,
);

/** `/indicators/2/weight` → `indicators[2].weight`, with the missing or extra property named. */
function fieldOf(error: ErrorObject): string {
  let path = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const extra = params.missingProperty ?? params.additionalProperty;
  if (extra) path = path ? `${path}.${extra}` : extra;
  return path || '(root)';
}

function describe(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (error.keyword === 'additionalProperties') return `is not a rubric field (${params.additionalProperty})`;
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'enum') return `must be one of ${(params.allowedValues ?? []).join(', ')}`;
  return error.message ?? 'is invalid';
}

/**
 * Checks one parsed rubric: the JSON Schema, then what a schema cannot say (weights sum to 100,
 * unique keys, grades from highest down to 0, the file named after its cell type). Measures are
 * checked later, against the registry (`assertSources`).
 */
export function validateRubric(raw: unknown, file: string): RubricDefinition {
  if (!validateShape(raw)) {
    const [error] = validateShape.errors ?? [];
    throw new RubricError(file, fieldOf(error), describe(error));
  }
  const rubric = raw as unknown as RubricDefinition;
  const expected = basename(file, '.json');
  if (rubric.cellType !== expected) {
    throw new RubricError(file, 'cellType', `must be "${expected}", the file's name`);
  }
  const total = rubric.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
  if (Math.abs(total - 100) > 1e-9) {
    throw new RubricError(file, 'indicators[].weight', `must sum to 100, got ${Math.round(total * 1000) / 1000}`);
  }
  const keys = new Set<string>();
  rubric.indicators.forEach((indicator, i) => {
    if (keys.has(indicator.key)) throw new RubricError(file, `indicators[${i}].key`, `"${indicator.key}" is repeated`);
    keys.add(indicator.key);
  });
  const grades = new Set<string>();
  rubric.grades.forEach((grade, i) => {
    if (grades.has(grade.grade)) throw new RubricError(file, `grades[${i}].grade`, `"${grade.grade}" is repeated`);
    grades.add(grade.grade);
    if (i > 0 && grade.min >= rubric.grades[i - 1].min) {
      throw new RubricError(file, `grades[${i}].min`, `must be below the grade before (${rubric.grades[i - 1].min})`);
    }
  });
  const last = rubric.grades.length - 1;
  if (rubric.grades[last].min !== 0) throw new RubricError(file, `grades[${last}].min`, 'must be 0 (the lowest grade)');
  return rubric;
}

/** Every indicator's source is `manual` or a registered measure. */
export function assertSources(files: RubricFile[], isMeasure: (key: string) => boolean, known: string[]): void {
  for (const { file, rubric } of files) {
    rubric.indicators.forEach((indicator, i) => {
      if (indicator.source !== MANUAL_SOURCE && !isMeasure(indicator.source)) {
        throw new RubricError(
          file,
          `indicators[${i}].source`,
          `"${indicator.source}" is not a measure (${[...known, MANUAL_SOURCE].join(', ')})`,
        );
      }
    });
  }
}

/** JSON with keys sorted, so that the hash follows the content only. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && key !== '$schema')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function rubricHash(rubric: RubricDefinition): string {
  return createHash('sha256').update(canonical(rubric)).digest('hex');
}

/** Reads and checks the rubric of every cell type from `dir` (one `<cellType>.json` each). */
export function readRubrics(dir: string): RubricFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch (error) {
    throw new RubricError(dir, '(directory)', `cannot be read: ${(error as Error).message}`);
  }
  const files: RubricFile[] = [];
  for (const cellType of CELL_TYPES) {
    const file = `${cellType}.json`;
    if (!names.includes(file)) throw new RubricError(file, '(file)', `is missing from ${dir}`);
    files.push(readRubricFile(join(dir, file), file));
  }
  const stray = names.filter((name) => !CELL_TYPES.includes(basename(name, '.json') as CellType));
  if (stray.length) throw new RubricError(stray[0], '(file)', `names no cell type (${CELL_TYPES.join(', ')})`);
  return files;
}

function readRubricFile(path: string, file: string): RubricFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RubricError(file, '(file)', `is not readable JSON: ${(error as Error).message}`);
  }
  const rubric = validateRubric(raw, file);
  const { $schema: _ignored, ...content } = rubric as RubricDefinition & { $schema?: string };
  return { file, rubric: content, hash: rubricHash(content) };
}
