import { randomBytes } from 'node:crypto';
import type { WasteCategory } from '@zerowaste/shared';
import type { DataSource } from 'typeorm';
import { Bin } from '../../../apps/api/src/modules/bins/bin.entity';
import { Drop } from '../../../apps/api/src/modules/drops/drop.entity';

/** A bin of the cell, straight into the database (labels and QR codes are other suites' business). */
export async function addBin(ds: DataSource, cellId: number, name = '分类站'): Promise<number> {
  const saved = await ds.getRepository(Bin).save({
    cellId,
    name,
    code: randomBytes(6).toString('hex').toUpperCase(),
    codeVersion: 1,
    category: null,
    lat: 37.07,
    lng: 114.5,
    status: 'active',
  });
  return saved.id;
}

export interface DropRow {
  binId: number;
  cellId: number;
  accountId: number;
  at: Date;
  verdict?: 'correct' | 'incorrect' | null;
  category?: WasteCategory;
}

/** Drops made at known times with known verdicts, in one insert. */
export async function addDrops(ds: DataSource, rows: DropRow[]): Promise<void> {
  await ds.getRepository(Drop).insert(
    rows.map((row) => ({
      binId: row.binId,
      cellId: row.cellId,
      category: row.category ?? 'residual',
      accountId: row.accountId,
      householdCardId: null,
      recordedByUserId: 1,
      awarded: 1,
      verdict: row.verdict ?? null,
      verdictByUserId: row.verdict ? 1 : null,
      verdictAt: row.verdict ? row.at : null,
      createdAt: row.at,
    })),
  );
}
