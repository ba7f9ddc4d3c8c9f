import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeOf, storeScores } from './support/scores';
import { type SignedIn, seedCells, signInCast, startTestApp, type TestApp } from './support/test-app';

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/** The document's title from its Info dictionary (pdfkit writes it as an object of UTF-16BE text with a BOM). */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const ref = text.match(/\/Title (\d+) 0 R/);
  const value = ref && text.match(new RegExp(`\\n${ref[1]} 0 obj\\n\\(((?:\\\\.|[^\\\\)])*)\\)`));
  if (!value) return '';
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const bytes = Buffer.from(
    value[1].replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c),
    'latin1',
  );
  return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : '';
}

/** The text of a PDF through poppler's pdftotext, or null where poppler is not installed. */
function pdfText(pdf: Buffer): string | null {
  if (!existsSync('/usr/bin/pdftotext')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'zw-report-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    return execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('The yearly evaluation report', () => {
  let t: TestApp;
  let cells: Record<'happy' | 'peace' | 'far', number>;
  let cast: Awaited<ReturnType<typeof signInCast<'happy' | 'peace' | 'far'>>>;
  const YEAR = 2025;

  beforeAll(async () => {
    t = await startTestApp();
    cells = (await seedCells(t.dataSource, [
      { key: 'happy', name: '幸福里小区' },
      { key: 'peace', name: '和平里小区' },
      { key: 'far', name: '信都花园', regionCode: '130503' },
    ])) as typeof cells;
    cast = await signInCast(t, cells);
    // A year of scores: 幸福里 climbs from 62 to 84, 和平里 stays near 70, 信都花园 near 92; and the year before.
    const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    await storeScores(t, [
      ...months.flatMap((period, i) => [
        { cellId: cells.happy, period, total: 62 + 2 * i, grade: gradeOf(62 + 2 * i) },
        { cellId: cells.peace, period, total: 70 + (i % 2), grade: gradeOf(70 + (i % 2)) },
        { cellId: cells.far, period, total: 92, grade: gradeOf(92) },
      ]),
      { cellId: cells.happy, period: `${YEAR - 1}-12`, total: 55, grade: 'failing' },
    ]);
    for (const [kind, date, attendance] of [
      ['publicity_day', `${YEAR}-03-12`, 120],
      ['door_to_door', `${YEAR}-04-02`, 35],
      ['door_to_door', `${YEAR}-09-18`, 40],
      ['flea_market', `${YEAR}-10-01`, 200],
    ] as const) {
      const res = await t.request('POST', `/api/cells/${cells.happy}/activities`, {
        token: cast.managers.happy.token,
        body: { kind, date, title: `${kind} 活动`, attendance },
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  const report = async (by: SignedIn | null, query: string, year = YEAR) => {
    const res = await fetch(`${t.baseUrl}/api/reports/yearly/${year}?${query}`, {
      headers: by ? { authorization: `Bearer ${by.token}` } : {},
    });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
  };
  const putNotes = (by: SignedIn, body: Record<string, unknown>, year = YEAR) =>
    t.request('PUT', `/api/reports/yearly/${year}/notes`, { token: by.token, body });
  const noteCount = async () =>
    Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM yearly_report_notes')) as { n: number }[])[0].n);

  it('lets a manager write their cell’s text: a section left out keeps its words, an empty one clears', async () => {
    const manager = cast.managers.happy;
    const empty = await t.request('GET', `/api/reports/yearly/${YEAR}/notes?cellId=${cells.happy}`, {
      token: manager.token,
    });
    expect(empty.json).toMatchObject({ year: YEAR, cellId: cells.happy, overview: '', updatedAt: null });

    const first = await putNotes(manager, {
      cellId: cells.happy,
      overview: ' 本年度小区成立了垃圾分类工作专班。 ',
      practices: '每周开展桶边督导。',
      problems: '老年住户参与不足。',
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      year: YEAR,
      cellId: cells.happy,
      regionCode: null,
      overview: '本年度小区成立了垃圾分类工作专班。',
      updatedByUserId: manager.userId,
      updatedAt: expect.any(String),
    });
    const second = await putNotes(manager, { cellId: cells.happy, problems: '' });
    expect(second.json).toMatchObject({
      overview: '本年度小区成立了垃圾分类工作专班。',
      practices: '每周开展桶边督导。',
      problems: '',
    });
    await putNotes(manager, { cellId: cells.happy, problems: '老年住户参与不足，需加强入户指导。' });
    expect(await noteCount()).toBe(1);
  });

  it('prints the cell’s report: a PDF of several A4 pages with the three sections, its figures and the manager’s text', async () => {
    const res = await report(cast.managers.happy, `cellId=${cells.happy}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="yearly-report-${YEAR}-cell-${cells.happy}.pdf"`,
    );
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, res.body);
    expect(pageCount(res.body)).toBeGreaterThanOrEqual(2);
    expect(res.body.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdfTitle(res.body)).toBe(`幸福里小区${YEAR}年度“无废城市”建设工作自评估报告`);
    const text = pdfText(res.body);
    if (text !== null) {
      const flat = text.replace(/\s+/g, '');
      for (const words of [
        '一、总体情况',
        '二、主要做法和成效',
        '三、存在的问题及建议',
        '本年度小区成立了垃圾分类工作专班。',
        '每周开展桶边督导。',
        '老年住户参与不足，需加强入户指导。',
        // 62, 64, … 84: the mean is 73, a year after 55.
        '共有12个月参加“无废城市”月度评分，平均得分73.0分，较上年提高18.0分',
        '最近一期（2025年12月）得分84.0分，评定为“达标”',
        '全年共开展各类活动4次，参与395人次，其中宣传活动1次、入户指导2次、',
        '跳蚤市场1次。',
        '—1—',
      ]) {
        expect(flat).toContain(words);
      }
    }
  });

  it('prints a district’s and the city’s report for an admin, the district without the cells of another', async () => {
    const district = await report(cast.admin, 'regionCode=130502');
    expect(district.status).toBe(200);
    expect(pdfTitle(district.body)).toBe(`襄都区${YEAR}年度“无废城市”建设工作自评估报告`);
    const city = await report(cast.admin, 'regionCode=130500');
    expect(city.status).toBe(200);
    expect(pdfTitle(city.body)).toBe(`邢台市${YEAR}年度“无废城市”建设工作自评估报告`);
    const districtText = pdfText(district.body);
    const cityText = pdfText(city.body);
    if (districtText !== null && cityText !== null) {
      expect(districtText.replace(/\s+/g, '')).toContain('共有2个无废细胞参加月度评分');
      expect(districtText).not.toContain('信都花园');
      expect(cityText.replace(/\s+/g, '')).toContain('共有3个无废细胞参加月度评分');
      expect(cityText).toContain('信都花园');
    }
    // A year without scores still prints, saying so.
    const empty = await report(cast.admin, 'regionCode=130503', 2024);
    expect(empty.status).toBe(200);
    expect(pdfText(empty.body)?.replace(/\s+/g, '') ?? '暂无月度评分数据').toContain('暂无月度评分数据');

    const notes = await putNotes(cast.admin, { regionCode: '130502', overview: '全区推进无废细胞创建。' });
    expect(notes.json).toMatchObject({ cellId: null, regionCode: '130502', overview: '全区推进无废细胞创建。' });
  });

  describe('scope and bad input', () => {
    let before: number;
    beforeAll(async () => {
      before = await noteCount();
    });
    afterAll(async () => {
      expect(await noteCount()).toBe(before);
    });

    it('answers 404 for another manager’s cell and for any region asked by a manager', async () => {
      const manager = cast.managers.peace;
      expect((await report(manager, `cellId=${cells.happy}`)).status).toBe(404);
      expect((await report(manager, 'regionCode=130502')).status).toBe(404);
      expect((await putNotes(manager, { cellId: cells.happy, overview: '不是我的' })).status).toBe(404);
      expect((await putNotes(manager, { regionCode: '130502', overview: '不是我的' })).status).toBe(404);
      const notes = await t.request('GET', `/api/reports/yearly/${YEAR}/notes?cellId=${cells.happy}`, {
        token: manager.token,
      });
      expect(notes.status).toBe(404);
      expect((await report(cast.admin, 'cellId=999999')).status).toBe(404);
      expect((await report(cast.admin, 'regionCode=130599')).status).toBe(404);
    });

    it('answers 403 to a resident and 401 without a token', async () => {
      expect((await report(cast.resident, `cellId=${cells.happy}`)).status).toBe(403);
      expect((await putNotes(cast.resident, { cellId: cells.happy, overview: 'x' })).status).toBe(403);
      expect((await report(null, `cellId=${cells.happy}`)).status).toBe(401);
    });

    it('refuses neither or both subjects, a year out of range and overlong text, naming the field', async () => {
      const cases: [Promise<{ status: number; json: () => unknown } | { status: number; json: unknown }>, string][] = [
        [report(cast.admin, ''), 'cellId'],
        [report(cast.admin, `cellId=${cells.happy}&regionCode=130502`), 'cellId'],
        [report(cast.admin, `cellId=${cells.happy}`, 2019), 'year'],
        [report(cast.admin, `cellId=${cells.happy}`, 2999), 'year'],
        [report(cast.admin, 'regionCode=13'), 'regionCode'],
        [putNotes(cast.admin, { cellId: cells.happy, overview: '长'.repeat(4001) }), 'overview'],
        [putNotes(cast.admin, { cellId: cells.happy, practices: 42 }), 'practices'],
      ];
      for (const [pending, field] of cases) {
        const res = await pending;
        const json = (typeof res.json === 'function' ? res.json() : res.json) as { errors: { field: string }[] };
        expect({ status: res.status, field: json.errors?.[0]?.field }).toEqual({ status: 400, field });
      }
    });
  });
});
