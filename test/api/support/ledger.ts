import type { TestApp } from './test-app';

/** Invariants 1–3 (docs/architecture.md §8): no negative balance, balance = ledger sum, one key = one effect. */
export async function expectLedgerConsistent(t: TestApp): Promise<void> {
  const rows: { id: number; balance: number; total: number | string | null }[] = await t.dataSource.query(
    'SELECT a.id, a.balance, (SELECT SUM(e.amount) FROM ledger_entries e WHERE e.accountId = a.id) AS total FROM points_accounts a',
  );
  for (const row of rows) {
    expect({ account: row.id, balance: row.balance }).toEqual({ account: row.id, balance: Number(row.total ?? 0) });
    expect(row.balance).toBeGreaterThanOrEqual(0);
  }
}
