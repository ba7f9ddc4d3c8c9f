import { performance } from 'node:perf_hooks';
import { seedCells, startTestApp, type TestApp } from './support/test-app';

const QR_BASE_URL = 'https://zw.test.cn/q';
const CODE = /^[A-HJ-NP-Z2-9]{8}$/;

type Who = { token: string; userId: number };

/** The number of pages in a PDF made by pdfkit (page objects are written uncompressed). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

describe('Bins, labels and household cards', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: Who;
  let resident: Who;
  let managerA: Who;
  let managerB: Who;
  let inspectorA: Who;

  beforeAll(async () => {
    t = await startTestApp({ QR_BASE_URL });
    cells = await seedCells(t.dataSource, [
      { key: 'a', name: '甲小区', lat: 37.07, lng: 114.5 },
      { key: 'b', name: '乙村', lat: 37.0, lng: 114.7, type: 'village' },
      { key: 'print', name: '印刷小区' },
      { key: 'big', name: '大印刷小区' },
    ]);
    admin = await t.signIn(['admin']);
    resident = await t.signIn();
    managerA = await t.signIn([
      { role: 'cell_manager', scopeKind: 'cell', scopeId: cells.a },
      { role: 'cell_manager', scopeKind: 'cell', scopeId: cells.print },
    ]);
    managerB = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.b }]);
    inspectorA = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.a }]);
  });
  afterAll(() => t.close());

  const createBin = (who: Who, body: Record<string, unknown>) =>
    t.request('POST', '/api/bins', { token: who.token, body: { lat: 37.07, lng: 114.5, name: '东侧桶', ...body } });

  const pdf = async (who: Who, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };

  describe('registering bins', () => {
    it('gives a bin a code from the unambiguous alphabet and a signed QR URL on the configured base', async () => {
      const res = await createBin(managerA, { cellId: cells.a, name: ' 南门可回收物桶 ', category: 'recyclable' });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        cellId: cells.a,
        name: '南门可回收物桶',
        category: 'recyclable',
        status: 'active',
      });
      expect(res.json.code).toMatch(CODE);
      expect(res.json.codeVersion).toBe(1);
      expect(res.json.qr).toMatch(new RegExp(`^${QR_BASE_URL}/b/${res.json.code}\\.1\\.[A-Za-z0-9_-]{16}$`));
    });

    it('registers a four-bin station when no category is given', async () => {
      const res = await createBin(admin, { cellId: cells.a, name: '3 号楼分类站' });
      expect(res.status).toBe(201);
      expect(res.json.category).toBeNull();
    });

    it('gives every bin its own code, even when many are registered at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          createBin(admin, { cellId: cells.b, name: `批量桶 ${i}`, category: 'food' }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(new Set(results.map((r) => r.json.code)).size).toBe(20);
    });

    it('refuses a cell that does not exist or that the manager does not manage, naming cellId', async () => {
      for (const [who, cellId] of [
        [admin, 999999],
        [managerA, cells.b],
        [managerA, 999999],
      ] as const) {
        const res = await createBin(who, { cellId });
        expect(res.status).toBe(400);
        expect(res.json.errors).toEqual([expect.objectContaining({ field: 'cellId' })]);
      }
    });

    it('refuses bad input: swapped coordinates, unknown category, missing name, unknown fields', async () => {
      const bad = [
        { cellId: cells.a, lat: 114.5, lng: 37.07 },
        { cellId: cells.a, lat: 1, lng: 1 },
        { cellId: cells.a, category: 'glass' },
        { cellId: cells.a, name: '' },
        { cellId: cells.a, name: 'x'.repeat(65) },
        { cellId: 'a' },
        { cellId: cells.a, code: 'AAAAAAAA' },
      ];
      for (const body of bad) {
        const res = await createBin(admin, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
      }
    });

    it('refuses residents and inspectors with 403', async () => {
      expect((await createBin(resident, { cellId: cells.a })).status).toBe(403);
      expect((await createBin(inspectorA, { cellId: cells.a })).status).toBe(403);
    });
  });

  describe('listing, re-issuing and retiring', () => {
    it("lists a cell's bins with their QR codes to its manager, its inspector and an admin", async () => {
      const cell = (await seedCells(t.dataSource, [{ key: 'c', name: '丙小区' }])).c;
      const manager = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cell }]);
      const inspector = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cell }]);
      for (const name of ['一号', '二号', '三号']) await createBin(manager, { cellId: cell, name });
      for (const who of [manager, inspector, admin]) {
        const res = await t.request('GET', `/api/cells/${cell}/bins?pageSize=2`, { token: who.token });
        expect(res.status).toBe(200);
        expect(res.json).toMatchObject({ total: 3, pageSize: 2 });
        const items = res.json.items as { name: string; qr: string }[];
        expect(items.map((b) => b.name)).toEqual(['一号', '二号']);
        expect(items[0].qr).toContain('/b/');
      }
    });

    it("answers 404 for another cell's bins and 403 for a resident", async () => {
      expect((await t.request('GET', `/api/cells/${cells.a}/bins`, { token: managerB.token })).status).toBe(404);
      expect((await t.request('GET', `/api/cells/${cells.b}/bins`, { token: inspectorA.token })).status).toBe(404);
      expect((await t.request('GET', '/api/cells/999999/bins', { token: admin.token })).status).toBe(404);
      expect((await t.request('GET', `/api/cells/${cells.a}/bins`, { token: resident.token })).status).toBe(403);
    });

    it('re-issues a label with a new version and signature, for the manager of the cell only', async () => {
      const bin = (await createBin(managerA, { cellId: cells.a, category: 'food' })).json;
      expect((await t.request('POST', `/api/bins/${bin.id}/reissue`, { token: managerB.token })).status).toBe(404);
      expect((await t.request('POST', `/api/bins/${bin.id}/reissue`, { token: inspectorA.token })).status).toBe(403);
      const res = await t.request('POST', `/api/bins/${bin.id}/reissue`, { token: managerA.token });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ id: bin.id, code: bin.code, codeVersion: 2 });
      expect(res.json.qr).not.toBe(bin.qr);
      expect(res.json.qr).toContain(`/b/${bin.code}.2.`);
      expect((await t.request('POST', '/api/bins/999999/reissue', { token: admin.token })).status).toBe(404);
    });

    it('retires a bin (twice is harmless) and then refuses to re-issue it', async () => {
      const bin = (await createBin(managerA, { cellId: cells.a, category: 'residual' })).json;
      expect((await t.request('DELETE', `/api/bins/${bin.id}`, { token: managerB.token })).status).toBe(404);
      expect((await t.request('DELETE', `/api/bins/${bin.id}`, { token: resident.token })).status).toBe(403);
      for (let i = 0; i < 2; i++) {
        const res = await t.request('DELETE', `/api/bins/${bin.id}`, { token: managerA.token });
        expect(res.status).toBe(200);
        expect(res.json.status).toBe('retired');
      }
      const again = await t.request('POST', `/api/bins/${bin.id}/reissue`, { token: admin.token });
      expect(again.status).toBe(409);
      expect(again.json.code).toBe('CONFLICT');
    });
  });

  describe('the label sheet', () => {
    it('is an A4 PDF attachment with a page per eight active bins', async () => {
      const empty = await pdf(managerA, `/api/cells/${cells.print}/bin-labels.pdf`);
      expect(empty.status).toBe(200);
      expect(empty.headers.get('content-type')).toBe('application/pdf');
      expect(empty.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+\.pdf"$/);
      expect(empty.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(empty.body)).toBe(1);

      const ids: number[] = [];
      for (let i = 0; i < 9; i++) {
        const category = (['recyclable', 'hazardous', 'food', 'residual', undefined] as const)[i % 5];
        ids.push(
          (await createBin(managerA, { cellId: cells.print, name: `${i + 1} 号桶`, category })).json.id as number,
        );
      }
      const nine = await pdf(managerA, `/api/cells/${cells.print}/bin-labels.pdf`);
      expect(pageCount(nine.body)).toBe(2);
      expect(nine.body.length).toBeGreaterThan(empty.body.length);

      await t.request('DELETE', `/api/bins/${ids[0]}`, { token: managerA.token });
      expect(pageCount((await pdf(admin, `/api/cells/${cells.print}/bin-labels.pdf`)).body)).toBe(1);
    });

    it('keeps the event loop free while a big sheet is drawn, answering a health check meanwhile', async () => {
      for (let i = 0; i < 40; i++) {
        const category = (['recyclable', 'hazardous', 'food', 'residual', undefined] as const)[i % 5];
        expect((await createBin(admin, { cellId: cells.big, name: `${i + 1} 号桶`, category })).status).toBe(201);
      }
      // The app runs in this process, so this measures its event loop. Drawn on the loop, the sheet keeps it
      // busy nearly all the time the request takes (measured: 99.99%), even though a request slips in
      // between its async steps; drawn in a worker, the loop idles while it waits (about 1%).
      const start = performance.eventLoopUtilization();
      let sheetDone = false;
      const sheet = pdf(admin, `/api/cells/${cells.big}/bin-labels.pdf`).finally(() => {
        sheetDone = true;
      });
      const health = await t.request('GET', '/api/health');
      const healthFirst = !sheetDone;
      const { status, body } = await sheet;
      const busy = performance.eventLoopUtilization(start).utilization;

      expect(health.status).toBe(200);
      expect(healthFirst).toBe(true);
      expect(busy).toBeLessThan(0.5);
      expect(status).toBe(200);
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(body)).toBe(5);
    });

    it("refuses an inspector or resident (403), and another cell's manager (404)", async () => {
      expect((await pdf(inspectorA, `/api/cells/${cells.a}/bin-labels.pdf`)).status).toBe(403);
      expect((await pdf(resident, `/api/cells/${cells.a}/bin-labels.pdf`)).status).toBe(403);
      expect((await pdf(managerB, `/api/cells/${cells.a}/bin-labels.pdf`)).status).toBe(404);
      expect((await pdf(admin, '/api/cells/999999/bin-labels.pdf')).status).toBe(404);
    });
  });

  describe('household cards', () => {
    const createCard = (who: Who, cellId: number, body: unknown = { holderName: '3 排 5 号 李大爷' }) =>
      t.request('POST', `/api/cells/${cellId}/household-cards`, { token: who.token, body });

    it('creates a card with its own signed QR and its own points account', async () => {
      const res = await createCard(managerB, cells.b);
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ cellId: cells.b, holderName: '3 排 5 号 李大爷', balance: 0, status: 'active' });
      expect(res.json.code).toMatch(CODE);
      expect(res.json.qr).toMatch(new RegExp(`^${QR_BASE_URL}/h/${res.json.code}\\.1\\.[A-Za-z0-9_-]{16}$`));
      const accounts = await t.dataSource.query('SELECT COUNT(*) AS n FROM points_accounts WHERE householdCardId = ?', [
        res.json.id,
      ]);
      expect(Number(accounts[0].n)).toBe(1);
    });

    it('lists cards to the manager, inspector and admin of the cell; 404 to others, 403 to residents', async () => {
      const inspectorB = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.b }]);
      await createCard(managerB, cells.b, { holderName: '5 排 1 号 王奶奶' });
      for (const who of [managerB, inspectorB, admin]) {
        const res = await t.request('GET', `/api/cells/${cells.b}/household-cards`, { token: who.token });
        expect(res.status).toBe(200);
        expect((res.json.items as { holderName: string }[]).map((c) => c.holderName)).toContain('5 排 1 号 王奶奶');
      }
      expect((await t.request('GET', `/api/cells/${cells.b}/household-cards`, { token: managerA.token })).status).toBe(
        404,
      );
      expect((await t.request('GET', `/api/cells/${cells.b}/household-cards`, { token: resident.token })).status).toBe(
        403,
      );
    });

    it('refuses a card in another cell (404), for an inspector (403), and an empty holder name (400)', async () => {
      expect((await createCard(managerA, cells.b)).status).toBe(404);
      expect((await createCard(inspectorA, cells.a)).status).toBe(403);
      expect((await createCard(managerA, cells.a, { holderName: '   ' })).status).toBe(400);
      expect((await createCard(managerA, cells.a, {})).status).toBe(400);
    });

    it('prints the card as a PDF, re-issues it with a new version, and retires it', async () => {
      const card = (await createCard(managerB, cells.b, { holderName: '2 排 8 号 张大妈' })).json;
      const printed = await pdf(managerB, `/api/household-cards/${card.id}/card.pdf`);
      expect(printed.status).toBe(200);
      expect(printed.headers.get('content-type')).toBe('application/pdf');
      expect(printed.headers.get('content-disposition')).toBe(`attachment; filename="household-card-${card.code}.pdf"`);
      expect(printed.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(printed.body)).toBe(1);
      expect((await pdf(managerA, `/api/household-cards/${card.id}/card.pdf`)).status).toBe(404);
      expect((await pdf(resident, `/api/household-cards/${card.id}/card.pdf`)).status).toBe(403);

      const reissued = await t.request('POST', `/api/household-cards/${card.id}/reissue`, { token: managerB.token });
      expect(reissued.status).toBe(200);
      expect(reissued.json).toMatchObject({ codeVersion: 2, code: card.code });
      expect(reissued.json.qr).not.toBe(card.qr);
      expect((await t.request('DELETE', `/api/household-cards/${card.id}`, { token: managerA.token })).status).toBe(
        404,
      );
      const retired = await t.request('DELETE', `/api/household-cards/${card.id}`, { token: managerB.token });
      expect(retired.json.status).toBe('retired');
      expect((await pdf(managerB, `/api/household-cards/${card.id}/card.pdf`)).status).toBe(409);
      expect((await t.request('POST', `/api/household-cards/${card.id}/reissue`, { token: admin.token })).status).toBe(
        409,
      );
    });
  });
});

describe('Printing without a Chinese font', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LABEL_FONT_PATH: '/nonexistent/NotoSansCJK-Regular.ttc' });
  });
  afterAll(() => t.close());

  it('answers 503 with a clear message instead of printing empty boxes', async () => {
    const cell = (await seedCells(t.dataSource, [{ key: 'a', name: '甲小区' }])).a;
    const admin = await t.signIn(['admin']);
    const res = await t.request('GET', `/api/cells/${cell}/bin-labels.pdf`, { token: admin.token });
    expect(res.status).toBe(503);
    expect(res.json.code).toBe('PRINT_UNAVAILABLE');
    expect(res.json.message).toMatch(/font/);
  });
});
