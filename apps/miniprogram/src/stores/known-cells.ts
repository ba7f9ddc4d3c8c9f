import Taro from '@tarojs/taro';
import type { CellSummary } from '@zerowaste/shared';

const STORAGE_KEY = 'zw.knownCells';
const MAX_ENTRIES = 20;

type KnownCells = Record<string, Pick<CellSummary, 'id' | 'name' | 'type' | 'regionName'>>;

function read(): KnownCells {
  const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
  return typeof stored === 'object' && stored !== null ? (stored as KnownCells) : {};
}

/**
 * Cells the user picked, kept on the device so the home cell can be named without a request:
 * the API's user answer carries only `homeCellId`.
 */
export function rememberCell(cell: CellSummary): void {
  const cells = read();
  cells[String(cell.id)] = { id: cell.id, name: cell.name, type: cell.type, regionName: cell.regionName };
  const ids = Object.keys(cells);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_ENTRIES))) delete cells[id];
  Taro.setStorageSync(STORAGE_KEY, cells);
}

export function knownCell(id: number | null): KnownCells[string] | null {
  if (id === null) return null;
  return read()[String(id)] ?? null;
}
