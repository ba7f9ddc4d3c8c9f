import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PICKUP_CATEGORIES, type PickupCategory } from '@zerowaste/shared';
import { type Env, readInt, readOptional, readString } from './env';

/** Checked by `checkProductionReady`: production must not encrypt with a key that is in this repository. */
export const DEFAULT_PII_KEY = 'dev-only-pii-key-change-me-0000000000';

export interface PiiConfig {
  /** The secret phone numbers and addresses are encrypted with (AES-256-GCM, key derived from it). */
  key: string;
  /** Days after a booking ends before its phone and address are erased. */
  retentionDays: number;
}

export function readPiiConfig(env: Env): PiiConfig {
  return {
    key: readString(env, 'PII_KEY', DEFAULT_PII_KEY),
    retentionDays: readInt(env, 'PII_RETENTION_DAYS', 30, 1, 3650),
  };
}

/** kg CO2e avoided per kg recycled, by category, each with the published source it comes from. */
export type CarbonFactors = Record<PickupCategory, { kgCo2ePerKg: number; source: string }>;

const DEFAULT_CARBON_PATH = resolve(__dirname, '../../../../config/carbon.json');

/** Reads config/carbon.json (or CARBON_CONFIG): every category needs a factor from 0 to 50 and a named source. */
export function readCarbonFactors(env: Env): CarbonFactors {
  const path = readOptional(env, 'CARBON_CONFIG') ?? DEFAULT_CARBON_PATH;
  let factors: Record<string, { kgCo2ePerKg?: unknown; source?: unknown }> = {};
  try {
    factors = JSON.parse(readFileSync(path, 'utf8')).factors ?? {};
  } catch (error) {
    env.report('CARBON_CONFIG', `cannot read ${path}: ${(error as Error).message}`);
  }
  for (const category of PICKUP_CATEGORIES) {
    const factor = factors[category];
    const value = factor?.kgCo2ePerKg;
    if (typeof value !== 'number' || !(value >= 0 && value <= 50)) {
      env.report('CARBON_CONFIG', `${path}: "factors.${category}.kgCo2ePerKg" must be a number from 0 to 50`);
    } else if (typeof factor?.source !== 'string' || !factor.source.trim()) {
      env.report('CARBON_CONFIG', `${path}: "factors.${category}.source" must name where the factor comes from`);
    }
  }
  return factors as CarbonFactors;
}
