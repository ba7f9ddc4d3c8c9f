import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, type Env, readOptional } from './env';

/** The points rules, kept as data in config/points.json. */
export interface PointsRules {
  drop: { basePoints: number; correctBonus: number; cooldownMinutes: number; dailyCapPoints: number };
  quiz: { questions: number; pointsPerCorrect: number; dailyCapPoints: number };
  redemption: { expiresAfterHours: number };
}

// Each rule with the range that makes sense; anything else stops the API and names the field.
const LIMITS: { [S in keyof PointsRules]: { [F in keyof PointsRules[S]]: [number, number] } } = {
  drop: { basePoints: [0, 1000], correctBonus: [0, 1000], cooldownMinutes: [0, 24 * 60], dailyCapPoints: [0, 100_000] },
  quiz: { questions: [1, 20], pointsPerCorrect: [0, 1000], dailyCapPoints: [0, 100_000] },
  redemption: { expiresAfterHours: [1, 24 * 365] },
};

const DEFAULT_PATH = resolve(__dirname, '../../../../config/points.json');

export function readPointsRules(env: Env): PointsRules {
  const path = readOptional(env, 'POINTS_CONFIG') ?? DEFAULT_PATH;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError('POINTS_CONFIG', `cannot read ${path}: ${(error as Error).message}`);
  }
  return validatePointsRules(raw, path);
}

export function validatePointsRules(raw: unknown, source = 'points config'): PointsRules {
  const rules = {} as Record<string, Record<string, number>>;
  for (const [section, fields] of Object.entries(LIMITS)) {
    const given = (raw as Record<string, unknown> | null)?.[section];
    if (typeof given !== 'object' || given === null) {
      throw new ConfigError('POINTS_CONFIG', `${source}: "${section}" must be an object`);
    }
    rules[section] = {};
    for (const [field, [min, max]] of Object.entries(fields as Record<string, [number, number]>)) {
      const value = (given as Record<string, unknown>)[field];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new ConfigError(
          'POINTS_CONFIG',
          `${source}: "${section}.${field}" must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
        );
      }
      rules[section][field] = value;
    }
  }
  return rules as unknown as PointsRules;
}
