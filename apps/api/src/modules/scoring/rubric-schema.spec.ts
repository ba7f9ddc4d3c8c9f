import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CELL_TYPES } from '@zerowaste/shared';
import { loadConfig } from '../../config/config';
import { assertSources, RubricError, readRubrics, rubricHash, validateRubric } from './rubric-schema';

const DIR = join(__dirname, '../../../../../config/rubrics');
const community = (): RubricJson => JSON.parse(readFileSync(join(DIR, 'community.json'), 'utf8'));

/** The refusal for a rubric changed by `change`, as `file: field problem`. */
/** A rubric file as parsed JSON, for changing any field. */
interface RubricJson {
  cellType: string;
  grades: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
}

function refusal(change: (rubric: RubricJson) => void): string {
  const rubric = community();
  change(rubric);
  try {
    validateRubric(rubric, 'community.json');
  } catch (error) {
    if (error instanceof RubricError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('rubric files', () => {
  it('has a valid rubric for each of the nine cell types, weights summing to 100', () => {
    const files = readRubrics(DIR);
    expect(files.map((f) => f.rubric.cellType)).toEqual([...CELL_TYPES]);
    for (const { rubric } of files) {
      expect(rubric.indicators.reduce((sum, i) => sum + i.weight, 0)).toBe(100);
    }
  });

  it('refuses a bad rubric naming the file and the field', () => {
    expect(refusal((r) => (r.indicators[0].weight = 11))).toBe(
      'community.json: indicators[].weight must sum to 100, got 101',
    );
    expect(refusal((r) => (r.indicators[2].rule = 'bonus'))).toMatch(
      /^community\.json: indicators\[2\]\.rule must be one of ratio, thresholds, deductions, yes_no$/,
    );
    expect(refusal((r) => (r.indicators[4].step = 0))).toBe('community.json: indicators[4].step must be > 0');
    expect(refusal((r) => delete r.indicators[4].deduct)).toBe('community.json: indicators[4].deduct is required');
    expect(refusal((r) => (r.indicators[8].target = 0))).toBe('community.json: indicators[8].target must be > 0');
    expect(refusal((r) => (r.indicators[0].perCheck = -1))).toBe('community.json: indicators[0].perCheck must be > 0');
    expect(refusal((r) => (r.indicators[1].key = r.indicators[0].key))).toBe(
      'community.json: indicators[1].key "publicity" is repeated',
    );
    expect(refusal((r) => (r.indicators[0].bonus = 1))).toBe(
      'community.json: indicators[0].bonus is not a rubric field (bonus)',
    );
    expect(refusal((r) => (r.grades[1].min = 95))).toBe(
      'community.json: grades[1].min must be below the grade before (90)',
    );
    expect(refusal((r) => (r.grades[3].min = 10))).toBe('community.json: grades[3].min must be 0 (the lowest grade)');
    expect(refusal((r) => (r.grades[0].min = 120))).toBe('community.json: grades[0].min must be <= 100');
    expect(refusal((r) => (r.cellType = 'village'))).toBe(
      'community.json: cellType must be "community", the file\'s name',
    );
    expect(refusal(() => undefined)).toBe('accepted');
  });

  it('refuses a source that is neither a registered measure nor manual', () => {
    const files = readRubrics(DIR);
    files[0].rubric.indicators[8].source = 'recovered_kg';
    expect(() => assertSources(files, (key) => key !== 'recovered_kg', ['participation_rate'])).toThrow(
      'community.json: indicators[8].source "recovered_kg" is not a measure (participation_rate, manual)',
    );
  });

  it('hashes content, not formatting or key order', () => {
    const [{ rubric, hash }] = readRubrics(DIR);
    const reordered = structuredClone(Object.fromEntries(Object.entries(rubric).reverse())) as typeof rubric;
    expect(rubricHash(reordered)).toBe(hash);
    reordered.indicators[0].weight = 9;
    expect(rubricHash(reordered)).not.toBe(hash);
  });

  it('stops start-up on a bad file in RUBRICS_DIR, naming the variable, the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zw-rubrics-'));
    try {
      for (const type of CELL_TYPES) writeFileSync(join(dir, `${type}.json`), readFileSync(join(DIR, `${type}.json`)));
      const village = JSON.parse(readFileSync(join(dir, 'village.json'), 'utf8'));
      village.indicators[1].weight = 20;
      writeFileSync(join(dir, 'village.json'), JSON.stringify(village));
      expect(() => loadConfig({ RUBRICS_DIR: dir })).toThrow(
        'RUBRICS_DIR: village.json: indicators[].weight must sum to 100, got 95',
      );
      writeFileSync(join(dir, 'village.json'), readFileSync(join(DIR, 'village.json')));
      rmSync(join(dir, 'family.json'));
      expect(() => loadConfig({ RUBRICS_DIR: dir })).toThrow('RUBRICS_DIR: family.json: (file) is missing from');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
