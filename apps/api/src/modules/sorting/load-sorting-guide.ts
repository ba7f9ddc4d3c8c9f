import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { WASTE_CATEGORIES, WASTE_SUBCATEGORIES, type WasteCategory, type WasteSubcategory } from '@zerowaste/shared';
import { type DataSource, QueryFailedError } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { GuideItem } from './guide-item.entity';

const CHUNK = 100;

export type GuideSeedItem = Pick<GuideItem, 'name' | 'aliases' | 'category' | 'subcategory' | 'tip'>;

/** Reads and checks the seed file; a bad item stops start-up with a message naming it. */
export function readSortingGuide(path: string): GuideSeedItem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`SORTING_GUIDE_PATH: cannot read ${path}: ${(error as Error).message}`);
  }
  const items = (raw as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error(`${path}: "items" must be an array`);
  const checked = items.map((value, i) => checkItem(value, `${path}: items[${i}]`));
  // MySQL's collation compares names case- and width-insensitively, so the check does too.
  const seen = new Set<string>();
  for (const [i, item] of checked.entries()) {
    const key = item.name.normalize('NFKC').toLowerCase();
    if (seen.has(key)) throw new Error(`${path}: items[${i}].name "${item.name}" is used twice`);
    seen.add(key);
  }
  return checked;
}

function checkItem(value: unknown, where: string): GuideSeedItem {
  const item = value as Partial<Record<keyof GuideSeedItem, unknown>>;
  const text = (field: string, v: unknown, max: number, allowEmpty = false): string => {
    if (typeof v !== 'string' || (!allowEmpty && !v.trim()) || [...v].length > max) {
      throw new Error(`${where}.${field} must be a string of ${allowEmpty ? 0 : 1}–${max} characters`);
    }
    return v.trim();
  };
  const name = text('name', item?.name, 32);
  if (!Array.isArray(item.aliases)) throw new Error(`${where}.aliases must be an array`);
  const aliases = item.aliases.map((a, j) => text(`aliases[${j}]`, a, 32));
  const category = item.category as WasteCategory;
  if (!WASTE_CATEGORIES.includes(category)) throw new Error(`${where}.category must be one of ${WASTE_CATEGORIES}`);
  const allowed: readonly string[] = WASTE_SUBCATEGORIES[category];
  const subcategory = (item.subcategory ?? null) as WasteSubcategory | null;
  if (subcategory !== null && !allowed.includes(subcategory)) {
    throw new Error(`${where}.subcategory must be null or one of [${allowed}] for ${category}`);
  }
  return { name, aliases, category, subcategory, tip: text('tip', item.tip ?? '', 200, true) };
}

/**
 * Fills an empty guide from the seed file, in every mode: the guide is reference data, not demo data.
 * Once it has items, admins own it and the file is not read again. Returns how many items it loaded.
 */
export async function loadSortingGuideIfEmpty(dataSource: DataSource, path: string): Promise<number> {
  const repo = dataSource.getRepository(GuideItem);
  if ((await repo.count()) > 0) return 0;
  const items = readSortingGuide(path);
  const tx = new TransactionRunner(dataSource);
  try {
    const loaded = await tx.run(async (em) => {
      if ((await em.count(GuideItem)) > 0) return 0;
      for (let i = 0; i < items.length; i += CHUNK) {
        await em.insert(
          GuideItem,
          items.slice(i, i + CHUNK).map((item) => ({ ...item, active: true })),
        );
      }
      return items.length;
    });
    if (loaded) new Logger('SortingGuide').log(`Loaded ${loaded} sorting guide items from ${path}`);
    return loaded;
  } catch (error) {
    // Another replica starting at the same moment loaded it first: its copy stands.
    if (error instanceof QueryFailedError && (await repo.count()) > 0) return 0;
    throw error;
  }
}
