import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PICKUP_CATEGORIES, type PickupCategory } from '@zerowaste/shared';
import { ConfigError, type ConfigProblem, type Env, readOptional } from './env';

/** The points rules, kept as data in config/points.json. */
export interface PointsRules {
  drop: { basePoints: number; correctBonus: number; cooldownMinutes: number; dailyCapPoints: number };
  quiz: { questions: number; pointsPerCorrect: number; dailyCapPoints: number };
  redemption: { expiresAfterHours: number };
  pickup: PickupRules;
}

/** Doorstep pickups: limits of a booking and what each category takes and earns. */
export interface PickupRules {
  /** Open bookings (booked or on the way) one resident may hold. */
  maxOpen: number;
  /** The least total estimate worth a visit (kg); below it a drop-off point is suggested. */
  minKg: number;
  /** The most one item's estimate or weight may be (kg). */
  maxKgPerItem: number;
  /** A booking can be cancelled until this many minutes before its slot starts. */
  cancelBeforeMinutes: number;
  /** Units of a slot's capacity one item of the category takes. */
  units: Record<PickupCategory, number>;
  /** Points per weighed kg (rounded down over the whole pickup); bulky and renovation waste earn none. */
  pointsPerKg: Record<PickupCategory, number>;
}

// Each rule with the range that makes sense; anything else stops the API and names the field.
const LIMITS: { [S in Exclude<keyof PointsRules, 'pickup'>]: { [F in keyof PointsRules[S]]: [number, number] } } = {
  drop: { basePoints: [0, 1000], correctBonus: [0, 1000], cooldownMinutes: [0, 24 * 60], dailyCapPoints: [0, 100_000] },
  quiz: { questions: [1, 20], pointsPerCorrect: [0, 1000], dailyCapPoints: [0, 100_000] },
  redemption: { expiresAfterHours: [1, 24 * 365] },
};

const DEFAULT_PATH = resolve(__dirname, '../../../../config/points.json');

export function readPointsRules(env: Env): PointsRules {
  const path = readOptional(env, 'POINTS_CONFIG') ?? DEFAULT_PATH;
  try {
    return validatePointsRules(JSON.parse(readFileSync(path, 'utf8')), path);
  } catch (error) {
    if (error instanceof ConfigError) env.problems.push(...error.problems);
    else env.report('POINTS_CONFIG', `cannot read ${path}: ${(error as Error).message}`);
    return {} as PointsRules; // never used: loadConfig throws on the problem just reported
  }
}

/** Checks every rule and throws one `ConfigError` naming each field that is wrong. */
export function validatePointsRules(raw: unknown, source = 'points config'): PointsRules {
  const rules = {} as Record<string, Record<string, unknown>>;
  const problems: ConfigProblem[] = [];
  const report = (problem: string) => problems.push({ variable: 'POINTS_CONFIG', problem: `${source}: ${problem}` });
  for (const [section, fields] of Object.entries(LIMITS)) {
    const given = (raw as Record<string, unknown> | null)?.[section];
    if (typeof given !== 'object' || given === null) {
      report(`"${section}" must be an object`);
      continue;
    }
    rules[section] = {};
    for (const [field, [min, max]] of Object.entries(fields as Record<string, [number, number]>)) {
      const value = (given as Record<string, unknown>)[field];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        report(`"${section}.${field}" must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
      }
      rules[section][field] = value;
    }
  }
  rules.pickup = validatePickupRules((raw as Record<string, unknown> | null)?.pickup, report);
  if (problems.length) throw new ConfigError(problems);
  return rules as unknown as PointsRules;
}

const PICKUP_LIMITS: Record<Exclude<keyof PickupRules, 'units' | 'pointsPerKg'>, [number, number]> = {
  maxOpen: [1, 100],
  minKg: [0, 1000],
  maxKgPerItem: [1, 10_000],
  cancelBeforeMinutes: [0, 7 * 24 * 60],
};
const PICKUP_PER_CATEGORY: Record<'units' | 'pointsPerKg', [number, number]> = {
  units: [1, 100],
  pointsPerKg: [0, 1000],
};

function validatePickupRules(given: unknown, report: (problem: string) => void): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  if (typeof given !== 'object' || given === null) {
    report('"pickup" must be an object');
    return rules;
  }
  const section = given as Record<string, unknown>;
  for (const [field, [min, max]] of Object.entries(PICKUP_LIMITS)) {
    const value = section[field];
    // minKg may be fractional (0.5 kg); the others are counts and minutes.
    const whole = field !== 'minKg';
    if (typeof value !== 'number' || (whole && !Number.isInteger(value)) || value < min || value > max) {
      report(
        `"pickup.${field}" must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(value)}`,
      );
    }
    rules[field] = value;
  }
  for (const [field, [min, max]] of Object.entries(PICKUP_PER_CATEGORY)) {
    const map = (section[field] ?? {}) as Record<string, unknown>;
    for (const category of PICKUP_CATEGORIES) {
      const value = map[category];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        report(
          `"pickup.${field}.${category}" must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
        );
      }
    }
    rules[field] = map;
  }
  return rules;
}
