import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, type ConfigProblem, type Env, readOptional } from './env';

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
  if (problems.length) throw new ConfigError(problems);
  return rules as unknown as PointsRules;
}
