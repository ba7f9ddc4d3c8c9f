import { resolve } from 'node:path';
import { RubricError, type RubricFile, readRubrics } from '../modules/scoring/rubric-schema';
import { type Env, readOptional } from './env';

export interface RubricsConfig {
  dir: string;
  /** Every cell type's rubric, checked against the JSON Schema (measures are checked at bootstrap). */
  files: RubricFile[];
}

const DEFAULT_DIR = resolve(__dirname, '../../../../config/rubrics');

/** Reads config/rubrics (or RUBRICS_DIR); a bad rubric stops the API naming the file and the field. */
export function readRubricsConfig(env: Env): RubricsConfig {
  const dir = resolve(readOptional(env, 'RUBRICS_DIR') ?? DEFAULT_DIR);
  try {
    return { dir, files: readRubrics(dir) };
  } catch (error) {
    if (!(error instanceof RubricError)) throw error;
    env.report('RUBRICS_DIR', error.message);
    return { dir, files: [] }; // never used: loadConfig throws on the problem just reported
  }
}
