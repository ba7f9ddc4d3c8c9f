import ExcelJS from 'exceljs';
import { gradeOf, storeScores, twoIndicators } from './support/scores';
import { type SignedIn, seedCells, signInCast, startTestApp, type TestApp } from './support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rows under a sheet's header (row 3), as plain values. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('Scores export (xlsx)', () => {
  let t: TestApp;
  let cells: Record<'happy' | 'peace' | 'school' | 'far', number>;
  let cast: Awaited<ReturnType<typeof signInCast<'happy' | 'peace' | 'school' | 'far'>>>;
  const PERIOD = '2026-10';

  beforeAll(async () => {
    t = await startTestApp();
    cells = (await seedCells(t.dataSource, [
      { key: 'happy', name: '幸福里小区' },
      { key: 'peace', name: '和平里小区' },
      { key: 'school', name: '实验小学', type: 'school' },
      { key: 'far', name: '信都花园', regionCode: '130503' },
    ])) as typeof cells;
    cast = await signInCast(t, cells);
    const totals = { happy: 84, peace: 71.5, school: 84, far: 93 } as const;
    await storeScores(t, [
      ...(Object.keys(totals) as (keyof typeof totals)[]).map((key) => ({
        cellId: cells[key],
        period: PERIOD,
        cellType: key === 'school' ? ('school' as const) : ('community' as const),
        total: totals[key],
        grade: gradeOf(totals[key]),
      })),
      // Another month, which the export of this one leaves out.
      { cellId: cells.happy, period: '2026-09', total: 50, grade: 'failing' },
    ]);
  });
  afterAll(() => t.close());

  const exportAs = async (by: SignedIn | null, query: string) => {
    const res = await fetch(`${t.baseUrl}/api/scores/export.xlsx?${query}`, {
      headers: by ? { authorization: `Bearer ${by.token}` } : {},
    });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) return { status: res.status, json: JSON.parse(body.toString('utf8')), book: null };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    return { status: res.status, headers: res.headers, book, json: null };
  };

  it('gives an admin every cell ranked, ties sharing a rank, and each indicator of each cell', async () => {
    const res = await exportAs(cast.admin, `period=${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers?.get('content-type')).toBe(XLSX);
    expect(res.headers?.get('content-disposition')).toBe(`attachment; filename="scores-${PERIOD}.xlsx"`);
    const ranking = res.book?.getWorksheet('排名') as ExcelJS.Worksheet;
    expect(ranking.getCell('A1').value).toBe(`${PERIOD} 无废细胞评分排名`);
    expect((ranking.getRow(3).values as unknown[]).slice(1)).toEqual([
      '排名',
      '单元编号',
      '单元名称',
      '类型',
      '所属区划',
      '区划代码',
      '得分',
      '等级',
      '评分细则版本',
    ]);
    expect(rowsOf(ranking)).toEqual([
      [1, cells.far, '信都花园', '无废小区', '信都区', '130503', 93, '示范', 1],
      [2, cells.happy, '幸福里小区', '无废小区', '西大街街道', '130502001', 84, '达标', 1],
      [2, cells.school, '实验小学', '绿色学校', '西大街街道', '130502001', 84, '达标', 1],
      [4, cells.peace, '和平里小区', '无废小区', '西大街街道', '130502001', 71.5, '提升中', 1],
    ]);
    const breakdown = rowsOf(res.book?.getWorksheet('指标明细') as ExcelJS.Worksheet);
    expect(breakdown).toHaveLength(8);
    const [participation, management] = twoIndicators(71.5);
    expect(breakdown.slice(6)).toEqual([
      [
        4,
        cells.peace,
        '和平里小区',
        '无废小区',
        '居民参与率',
        'participation',
        'participation_rate',
        '按比例',
        60,
        participation.raw,
        '%',
        80,
        60,
        0,
      ],
      [
        4,
        cells.peace,
        '和平里小区',
        '无废小区',
        '日常管理',
        'management',
        '手工填报（佐证材料）',
        '是否达标',
        40,
        management.raw,
        '',
        1,
        11.5,
        28.5,
      ],
    ]);
  });

  it('gives a manager only their cells, and applies the region, type and grade filters', async () => {
    const mine = await exportAs(cast.managers.happy, `period=${PERIOD}`);
    expect(rowsOf(mine.book?.getWorksheet('排名') as ExcelJS.Worksheet).map((r) => r[2])).toEqual(['幸福里小区']);
    expect(rowsOf(mine.book?.getWorksheet('指标明细') as ExcelJS.Worksheet)).toHaveLength(2);

    const names = async (query: string) =>
      rowsOf(
        (await exportAs(cast.admin, `period=${PERIOD}&${query}`)).book?.getWorksheet('排名') as ExcelJS.Worksheet,
      ).map((r) => `${r[0]} ${r[2]}`);
    expect(await names('regionCode=130502')).toEqual(['1 幸福里小区', '1 实验小学', '3 和平里小区']);
    expect(await names('type=school')).toEqual(['1 实验小学']);
    // The grade picks rows; the rank stays among all the cells of the scope.
    expect(await names('grade=improving')).toEqual(['4 和平里小区']);
    expect(await names('regionCode=130503&type=school')).toEqual([]);
    const other = await exportAs(cast.admin, 'period=2026-09');
    expect(rowsOf(other.book?.getWorksheet('排名') as ExcelJS.Worksheet).map((r) => r[6])).toEqual([50]);
  });

  it('refuses a resident (403), no token (401) and bad filters (400 naming the field)', async () => {
    expect((await exportAs(cast.resident, `period=${PERIOD}`)).status).toBe(403);
    expect((await exportAs(null, `period=${PERIOD}`)).status).toBe(401);
    for (const [query, field] of [
      ['', 'period'],
      ['period=2026-13', 'period'],
      [`period=${PERIOD}&type=castle`, 'type'],
      [`period=${PERIOD}&regionCode=13`, 'regionCode'],
      [`period=${PERIOD}&page=2`, 'page'],
    ]) {
      const res = await exportAs(cast.admin, query);
      expect({ query, status: res.status, field: res.json?.errors?.[0]?.field }).toEqual({ query, status: 400, field });
    }
  });
});
