import type { DataSource } from 'typeorm';
import { GUIDE_RECHECK_MS, GuideCatalog } from './guide-catalog';
import type { GuideItem } from './guide-item.entity';

/** A table another replica may change: the catalog sees it only through `find` and the stamp query. */
function fakeTable() {
  const table = {
    items: [] as GuideItem[],
    updatedAt: '2025-03-01 00:00:00.000000',
    finds: 0,
    stampReads: 0,
    /** What a load reads: the table as it was when that load read the stamp, as a slow query would. */
    snapshot: [] as GuideItem[],
  };
  const repo = {
    find: async () => {
      table.finds += 1;
      return table.snapshot.filter((i) => i.active);
    },
    createQueryBuilder: () => {
      const qb = {
        select: () => qb,
        addSelect: () => qb,
        getRawOne: async () => {
          table.stampReads += 1;
          table.snapshot = [...table.items];
          return { n: String(table.items.length), last: table.updatedAt };
        },
      };
      return qb;
    },
  };
  const dataSource = { getRepository: () => repo } as unknown as DataSource;
  return { table, dataSource };
}

const item = (id: number, name: string, active = true) =>
  ({ id, name, aliases: [], category: 'residual', subcategory: null, tip: '', active }) as unknown as GuideItem;

describe('GuideCatalog', () => {
  let now = 1_000_000;
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('builds the index once and serves it without asking the database within 30 s', async () => {
    const { table, dataSource } = fakeTable();
    table.items = [item(1, '陶瓷碗')];
    const catalog = new GuideCatalog(dataSource);
    const [a, b] = await Promise.all([catalog.current(), catalog.current()]);
    expect(a).toBe(b);
    now += GUIDE_RECHECK_MS - 1;
    expect(await catalog.current()).toBe(a);
    expect({ finds: table.finds, stampReads: table.stampReads }).toEqual({ finds: 1, stampReads: 1 });
  });

  it("notices another replica's edit at the next check, and keeps the index when nothing changed", async () => {
    const { table, dataSource } = fakeTable();
    table.items = [item(1, '陶瓷碗')];
    const catalog = new GuideCatalog(dataSource);
    const first = await catalog.current();

    now += GUIDE_RECHECK_MS;
    expect(await catalog.current()).toBe(first);
    expect(table.finds).toBe(1);

    table.items = [item(1, '陶瓷碗', false), item(2, '奶茶杯')];
    table.updatedAt = '2025-03-01 00:00:05.000000';
    expect((await catalog.current()).search('奶茶杯', 10).total).toBe(0);
    now += GUIDE_RECHECK_MS;
    const fresh = await catalog.current();
    expect(fresh.search('奶茶杯', 10).total).toBe(1);
    expect(fresh.search('陶瓷碗', 10).total).toBe(0);
  });

  it('rebuilds at once after a local edit, even while a load that began before it is still running', async () => {
    const { table, dataSource } = fakeTable();
    table.items = [item(1, '陶瓷碗')];
    const catalog = new GuideCatalog(dataSource);
    const stale = catalog.current();
    table.items = [item(1, '陶瓷碗'), item(2, '奶茶杯')];
    catalog.invalidate();
    await stale;
    expect((await catalog.current()).search('奶茶杯', 10).total).toBe(1);
  });
});
