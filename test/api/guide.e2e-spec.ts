import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  DismissedSearchMissResponse,
  GuideItemResponse,
  GuideSearchResponse,
  Page,
  SearchMissResponse,
} from '@zerowaste/shared';
import { loadConfig } from '../../apps/api/src/config/config';
import { loadSortingGuideIfEmpty } from '../../apps/api/src/modules/sorting/load-sorting-guide';
import { startTestApp, type TestApp } from './support/test-app';

const FIXTURE = {
  version: 1,
  source: 'test fixture',
  items: [
    { name: '易拉罐', aliases: ['饮料罐', '铝罐'], category: 'recyclable', subcategory: 'metal', tip: '倒空压扁' },
    { name: '易拉罐拉环', aliases: [], category: 'recyclable', subcategory: 'metal', tip: '' },
    { name: '罐头盒', aliases: ['铁罐'], category: 'recyclable', subcategory: 'metal', tip: '' },
    { name: '塑料瓶', aliases: ['矿泉水瓶', 'PET瓶'], category: 'recyclable', subcategory: 'plastic', tip: '' },
    { name: '旧衣服', aliases: ['衣物'], category: 'recyclable', subcategory: 'textile', tip: '' },
    { name: '充电宝', aliases: ['移动电源'], category: 'hazardous', subcategory: 'battery', tip: '单独投放' },
    { name: '过期药品', aliases: ['过期药'], category: 'hazardous', subcategory: 'household_chemical', tip: '' },
    { name: '剩饭剩菜', aliases: ['剩饭'], category: 'food', subcategory: 'household_food', tip: '沥干水分' },
    { name: '瓜子壳', aliases: [], category: 'food', subcategory: 'household_food', tip: '' },
    { name: '大骨头', aliases: ['猪大骨'], category: 'residual', subcategory: null, tip: '难腐烂，投其他垃圾' },
    { name: '用过的纸巾', aliases: ['餐巾纸', '卫生纸'], category: 'residual', subcategory: null, tip: '' },
    { name: '陶瓷碗', aliases: ['碎碗'], category: 'residual', subcategory: null, tip: '' },
  ],
};

describe('Sorting guide', () => {
  let t: TestApp;
  let dir: string;
  let admin: { token: string; userId: number };
  let resident: { token: string; userId: number };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zw-guide-'));
    const path = join(dir, 'items.json');
    writeFileSync(path, JSON.stringify(FIXTURE));
    t = await startTestApp({ SORTING_GUIDE_PATH: path });
    admin = await t.signIn(['admin']);
    resident = await t.signIn();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = async (q: string, limit?: number) => {
    const res = await t.request(
      'GET',
      `/api/guide/search?q=${encodeURIComponent(q)}${limit === undefined ? '' : `&limit=${limit}`}`,
    );
    expect(res.status).toBe(200);
    return res.json as unknown as GuideSearchResponse;
  };
  const names = async (q: string) => (await search(q)).items.map((i) => i.name);
  const misses = async () => {
    const res = await t.request('GET', '/api/guide/misses?pageSize=100', { token: admin.token });
    expect(res.status).toBe(200);
    return res.json.items as SearchMissResponse[];
  };
  const fieldsOf = (json: Record<string, unknown>) => (json.errors as { field: string }[]).map((e) => e.field);

  describe('search', () => {
    it('answers without signing in, with the item and its labels', async () => {
      const result = await search('易拉罐');
      expect(result.total).toBe(2);
      expect(result.categoryMatch).toBeNull();
      expect(result.items[0]).toEqual({
        id: expect.any(Number),
        name: '易拉罐',
        aliases: ['饮料罐', '铝罐'],
        category: 'recyclable',
        subcategory: 'metal',
        categoryLabel: '可回收物',
        subcategoryLabel: '金属',
        tip: '倒空压扁',
        active: true,
      });
    });

    it('ranks exact name, name prefix and substring, shorter names first', async () => {
      expect(await names('易拉罐')).toEqual(['易拉罐', '易拉罐拉环']);
      expect(await names('罐')).toEqual(['罐头盒', '易拉罐', '易拉罐拉环']);
    });

    it('finds an item by an alias', async () => {
      expect(await names('移动电源')).toEqual(['充电宝']);
      expect(await names('矿泉水')).toEqual(['塑料瓶']);
      expect(await names('卫生纸')).toEqual(['用过的纸巾']);
    });

    it('forgives full pinyin without tones or spaces, in any case, and its prefix', async () => {
      expect((await names('yilaguan'))[0]).toBe('易拉罐');
      expect((await names('YiLaGuan'))[0]).toBe('易拉罐');
      expect((await names(' yi la guan '))[0]).toBe('易拉罐');
      expect(await names('chongdianb')).toEqual(['充电宝']);
      expect(await names('taociwan')).toEqual(['陶瓷碗']);
    });

    it('forgives pinyin initials and their prefix, of names and of aliases', async () => {
      expect(await names('ylg')).toEqual(['易拉罐', '易拉罐拉环']);
      expect(await names('CDB')).toEqual(['充电宝']);
      expect(await names('gqyp')).toEqual(['过期药品']);
      expect(await names('kqsp')).toEqual(['塑料瓶']);
    });

    it('answers a category word with the category and its items', async () => {
      const wet = await search('湿垃圾');
      expect(wet.categoryMatch).toEqual({ category: 'food', subcategory: null, label: '厨余垃圾' });
      expect(wet.items.map((i) => i.name).sort()).toEqual(['剩饭剩菜', '瓜子壳'].sort());
      const dry = await search('干垃圾');
      expect(dry.categoryMatch?.category).toBe('residual');
      expect(dry.total).toBe(3);
      expect((await search('可回收物')).items.every((i) => i.category === 'recyclable')).toBe(true);
      expect((await search('有害垃圾')).total).toBe(2);
    });

    it('caps the list at the limit and still counts every match', async () => {
      const result = await search('可回收物', 2);
      expect(result.items).toHaveLength(2);
      expect(result.total).toBe(5);
      expect((await search('可回收物', 1000)).items).toHaveLength(5);
    });

    it('refuses a missing, blank, too long or badly limited query and names the field', async () => {
      for (const path of [
        '/api/guide/search',
        '/api/guide/search?q=%20%20',
        `/api/guide/search?q=${'垃'.repeat(33)}`,
      ]) {
        const res = await t.request('GET', path);
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(fieldsOf(res.json)).toContain('q');
      }
      for (const limit of ['0', '-1', 'abc', '2.5']) {
        const res = await t.request('GET', `/api/guide/search?q=bottle&limit=${limit}`);
        expect({ limit, status: res.status }).toEqual({ limit, status: 400 });
        expect(fieldsOf(res.json)).toContain('limit');
      }
    });
  });

  describe('misses', () => {
    it('records a search that finds nothing, counts repeats, and lists the most missed first', async () => {
      await search('奶茶杯');
      await search(' 奶茶杯');
      await search('奶茶杯 ');
      await search('量子计算机');
      const list = await misses();
      expect(list.map((m) => [m.term, m.count])).toEqual([
        ['奶茶杯', 3],
        ['量子计算机', 1],
      ]);
      expect(new Date(list[0].lastSearchedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it('does not record a search that found something, nor one stray letter or punctuation', async () => {
      const before = (await misses()).length;
      await search('易拉罐');
      await search('x');
      await search('7');
      await search('?!');
      await search('湿垃圾');
      expect(await misses()).toHaveLength(before);
    });

    it('records pinyin that finds nothing in one form, whatever its case', async () => {
      await search('NaiChaBei');
      await search('naichabei');
      expect((await misses()).find((m) => m.term === 'naichabei')?.count).toBe(2);
    });

    it('counts a term missed by many at once exactly', async () => {
      await Promise.all(Array.from({ length: 10 }, () => search('电动牙刷头')));
      expect((await misses()).find((m) => m.term === '电动牙刷头')?.count).toBe(10);
    });

    it('shows the misses to admins only', async () => {
      expect((await t.request('GET', '/api/guide/misses', { token: resident.token })).status).toBe(403);
      expect((await t.request('GET', '/api/guide/misses')).status).toBe(401);
    });
  });

  describe('admin edits', () => {
    const create = (body: unknown, token = admin.token) => t.request('POST', '/api/guide/items', { token, body });
    const patch = (id: number, body: unknown, token = admin.token) =>
      t.request('PATCH', `/api/guide/items/${id}`, { token, body });

    it('adds an item from a miss: found at once, and the miss leaves the list', async () => {
      await search('外卖餐盒');
      const miss = (await misses()).find((m) => m.term === '外卖餐盒');
      expect(miss).toBeDefined();
      const res = await create({
        name: '外卖餐盒',
        aliases: ['外卖盒', ' 打包盒 ', '外卖盒', '外卖餐盒'],
        category: 'residual',
        tip: '有油污的投其他垃圾',
        fromMissId: miss?.id,
      });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ name: '外卖餐盒', aliases: ['外卖盒', '打包盒'], subcategory: null });
      expect(await names('外卖餐盒')).toEqual(['外卖餐盒']);
      expect(await names('dbh')).toEqual(['外卖餐盒']);
      expect((await misses()).some((m) => m.term === '外卖餐盒')).toBe(false);
      await search('外卖餐盒');
      expect((await misses()).some((m) => m.term === '外卖餐盒')).toBe(false);
    });

    it('puts a resolved miss back on the list when the term still finds nothing', async () => {
      await search('旧雨伞');
      const miss = (await misses()).find((m) => m.term === '旧雨伞');
      expect((await create({ name: '雨伞', category: 'residual', fromMissId: miss?.id })).status).toBe(201);
      await search('旧雨伞');
      expect((await misses()).find((m) => m.term === '旧雨伞')?.count).toBe(2);
    });

    it('refuses a subcategory of another category and names the field', async () => {
      const wrong = await create({ name: '奶茶杯', category: 'food', subcategory: 'plastic' });
      expect(wrong.status).toBe(400);
      expect(fieldsOf(wrong.json)).toEqual(['subcategory']);
      const residual = await create({ name: '奶茶杯', category: 'residual', subcategory: 'paper' });
      expect(residual.status).toBe(400);
      const unknown = await create({ name: '奶茶杯', category: 'food', subcategory: 'nuclear' });
      expect(fieldsOf(unknown.json)).toContain('subcategory');
      expect(await names('奶茶杯')).toEqual([]);
    });

    it('refuses a name that is taken with 409 naming the field', async () => {
      const res = await create({ name: '易拉罐', category: 'recyclable', subcategory: 'metal' });
      expect(res.status).toBe(409);
      expect(res.json.code).toBe('CONFLICT');
      expect(fieldsOf(res.json)).toEqual(['name']);
    });

    it('refuses bad fields: blank name, unknown category, an unknown miss, too many aliases', async () => {
      const cases: [unknown, string][] = [
        [{ name: '  ', category: 'food' }, 'name'],
        [{ name: '新东西', category: 'compost' }, 'category'],
        [{ name: '新东西', category: 'food', fromMissId: 999999 }, 'fromMissId'],
        [{ name: '新东西', category: 'food', aliases: Array.from({ length: 11 }, (_, i) => `别名${i}`) }, 'aliases'],
        [{ name: '新东西', category: 'food', aliases: [''] }, 'aliases'],
        [{ name: '新东西', category: 'food', tip: '长'.repeat(201) }, 'tip'],
      ];
      for (const [body, field] of cases) {
        const res = await create(body);
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(fieldsOf(res.json)).toContain(field);
      }
      expect(await names('新东西')).toEqual([]);
    });

    it('edits an item, and the edit is searched at once', async () => {
      const [bowl] = (await search('陶瓷碗')).items;
      const res = await patch(bowl.id, { name: '陶瓷餐具', aliases: ['碎碗', '瓷盘'], tip: '用纸包好' });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ name: '陶瓷餐具', aliases: ['碎碗', '瓷盘'], tip: '用纸包好' });
      expect(await names('cp')).toEqual(['陶瓷餐具']);
      expect(await names('陶瓷碗')).toEqual([]);
    });

    it('keeps the subcategory consistent when the category changes', async () => {
      const [shell] = (await search('瓜子壳')).items;
      const res = await patch(shell.id, { category: 'residual' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['subcategory']);
      const moved = await patch(shell.id, { category: 'residual', subcategory: null });
      expect(moved.json).toMatchObject({ category: 'residual', subcategory: null, subcategoryLabel: null });
      expect((await patch(shell.id, { category: 'food', subcategory: 'household_food' })).status).toBe(200);
    });

    it('refuses renaming onto another item with 409', async () => {
      const [shell] = (await search('瓜子壳')).items;
      const res = await patch(shell.id, { name: '大骨头' });
      expect(res.status).toBe(409);
      expect(fieldsOf(res.json)).toEqual(['name']);
      expect((await patch(shell.id, { name: '瓜子壳' })).status).toBe(200);
    });

    it('hides an item with active: false from search, browsing and the detail, and shows it again', async () => {
      const [bone] = (await search('大骨头')).items;
      expect((await patch(bone.id, { active: false })).json.active).toBe(false);
      expect(await names('大骨头')).toEqual([]);
      expect((await t.request('GET', `/api/guide/items/${bone.id}`)).status).toBe(404);
      const residual = await t.request('GET', '/api/guide/items?category=residual&pageSize=100');
      expect((residual.json.items as GuideItemResponse[]).some((i) => i.id === bone.id)).toBe(false);
      expect((await patch(bone.id, { active: true })).status).toBe(200);
      expect(await names('大骨头')).toEqual(['大骨头']);
    });

    it('refuses residents and anonymous callers with 403 and 401, and an unknown item with 404', async () => {
      expect((await create({ name: '奶茶杯', category: 'residual' }, resident.token)).status).toBe(403);
      expect((await patch(1, { tip: '改一下' }, resident.token)).status).toBe(403);
      expect(
        (await t.request('POST', '/api/guide/items', { body: { name: '奶茶杯', category: 'residual' } })).status,
      ).toBe(401);
      expect((await patch(999999, { tip: '没有这个' })).status).toBe(404);
      expect((await patch(1, { active: 'no' })).status).toBe(400);
      expect(await names('奶茶杯')).toEqual([]);
    });
  });

  describe('admin list of items', () => {
    const list = async (query: string, token = admin.token) => {
      const res = await t.request('GET', `/api/guide/admin/items?${query}`, { token });
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
      return res.json as unknown as Page<GuideItemResponse>;
    };
    const listNames = async (query: string) => (await list(query)).items.map((i) => i.name).sort();
    const patch = (id: number, body: unknown) =>
      t.request('PATCH', `/api/guide/items/${id}`, { token: admin.token, body });
    const create = (name: string) =>
      t.request('POST', '/api/guide/items', { token: admin.token, body: { name, category: 'residual' } });

    it('lists hidden items page by page, and an item shown again is searched at once', async () => {
      const [powerBank] = (await search('充电宝')).items;
      const [medicine] = (await search('过期药品')).items;
      expect((await patch(powerBank.id, { active: false })).status).toBe(200);
      expect((await patch(medicine.id, { active: false })).status).toBe(200);

      const hidden = await list('status=hidden&pageSize=100');
      expect(hidden.total).toBe(2);
      expect(hidden.items.map((i) => [i.name, i.active]).sort()).toEqual([
        ['充电宝', false],
        ['过期药品', false],
      ]);
      const first = await list('status=hidden&pageSize=1');
      const second = await list('status=hidden&pageSize=1&page=2');
      expect(first).toMatchObject({ page: 1, pageSize: 1, total: 2 });
      expect(second).toMatchObject({ page: 2, pageSize: 1, total: 2 });
      expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual(hidden.items.map((i) => i.id).sort());
      expect((await list('status=hidden&pageSize=1&page=3')).items).toEqual([]);

      const all = await list('pageSize=100');
      const active = await list('status=active&pageSize=100');
      expect(all.total).toBe(active.total + 2);
      expect(
        all.items
          .filter((i) => !i.active)
          .map((i) => i.id)
          .sort(),
      ).toEqual(hidden.items.map((i) => i.id).sort());
      expect(active.items.every((i) => i.active)).toBe(true);
      // The public browse counts the active ones only.
      expect((await t.request('GET', '/api/guide/items?pageSize=1')).json.total).toBe(active.total);

      expect((await patch(powerBank.id, { active: true })).json.active).toBe(true);
      expect(await names('充电宝')).toEqual(['充电宝']);
      expect(await names('cdb')).toEqual(['充电宝']);
      expect((await t.request('GET', `/api/guide/items/${powerBank.id}`)).status).toBe(200);
      expect(await listNames('status=hidden')).toEqual(['过期药品']);
      expect((await patch(medicine.id, { active: true })).status).toBe(200);
      expect(await listNames('status=hidden')).toEqual([]);
    });

    it('filters by part of the name, taking % and _ literally, together with the status', async () => {
      for (const name of ['100%涤纶布', '1000目砂纸', 'A_B胶带', 'AXB胶带']) {
        expect({ name, status: (await create(name)).status }).toEqual({ name, status: 201 });
      }
      expect(await listNames(`q=${encodeURIComponent('0%')}`)).toEqual(['100%涤纶布']);
      expect(await listNames(`q=${encodeURIComponent('%')}`)).toEqual(['100%涤纶布']);
      expect(await listNames(`q=${encodeURIComponent('A_B')}`)).toEqual(['A_B胶带']);
      expect(await listNames(`q=${encodeURIComponent('_')}`)).toEqual(['A_B胶带']);
      expect(await listNames(`q=${encodeURIComponent(' 胶带 ')}`)).toEqual(['AXB胶带', 'A_B胶带'].sort());
      expect(await listNames(`q=${encodeURIComponent('!')}`)).toEqual([]);

      const tape = (await list(`q=${encodeURIComponent('AXB')}`)).items[0];
      expect((await patch(tape.id, { active: false })).status).toBe(200);
      expect(await listNames(`status=hidden&q=${encodeURIComponent('胶带')}`)).toEqual(['AXB胶带']);
      expect(await listNames(`status=active&q=${encodeURIComponent('胶带')}`)).toEqual(['A_B胶带']);
      expect(await listNames(`status=hidden&q=${encodeURIComponent('砂纸')}`)).toEqual([]);
      expect((await patch(tape.id, { active: true })).status).toBe(200);
    });

    it('lists the most recently edited first, so an item just hidden or edited is on the first page', async () => {
      await t.dataSource.query('UPDATE guide_items SET updatedAt = ?', ['2024-01-01 00:00:00']);
      const [can] = (await search('易拉罐')).items;
      expect((await patch(can.id, { tip: can.tip })).status).toBe(200);
      expect((await list('pageSize=1')).items.map((i) => i.name)).toEqual(['易拉罐']);
    });

    it('refuses an unknown status or a too long filter, naming the field', async () => {
      const status = await t.request('GET', '/api/guide/admin/items?status=deleted', { token: admin.token });
      expect(status.status).toBe(400);
      expect(fieldsOf(status.json)).toContain('status');
      const q = await t.request('GET', `/api/guide/admin/items?q=${'长'.repeat(33)}`, { token: admin.token });
      expect(q.status).toBe(400);
      expect(fieldsOf(q.json)).toContain('q');
    });

    it('shows the full list to admins only', async () => {
      expect((await t.request('GET', '/api/guide/admin/items', { token: resident.token })).status).toBe(403);
      expect((await t.request('GET', '/api/guide/admin/items')).status).toBe(401);
    });
  });

  describe('dismissing misses', () => {
    const dismiss = (id: number | string, token = admin.token) =>
      t.request('POST', `/api/guide/misses/${id}/dismiss`, { token });
    const missOf = async (term: string) => {
      await search(term);
      const miss = (await misses()).find((m) => m.term === term);
      expect(miss).toBeDefined();
      return miss as SearchMissResponse;
    };

    it('takes a junk term off the list for good: later searches count it but do not bring it back', async () => {
      await search('啊啊啊啊');
      const miss = await missOf('啊啊啊啊');
      const res = await dismiss(miss.id);
      expect(res.status).toBe(200);
      const dismissed = res.json as unknown as DismissedSearchMissResponse;
      expect(dismissed).toEqual({ ...miss, dismissedAt: expect.any(String) });
      expect(new Date(dismissed.dismissedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect((await misses()).some((m) => m.term === '啊啊啊啊')).toBe(false);

      await search('啊啊啊啊');
      await search(' 啊啊啊啊 ');
      expect((await misses()).some((m) => m.term === '啊啊啊啊')).toBe(false);
      const rows: { count: number | string }[] = await t.dataSource.query(
        'SELECT count FROM search_misses WHERE id = ?',
        [miss.id],
      );
      expect(Number(rows[0].count)).toBe(4);

      // Dismissing again answers the first dismissal.
      const again = await dismiss(miss.id);
      expect(again.status).toBe(200);
      expect(again.json.dismissedAt).toBe(dismissed.dismissedAt);
    });

    it('still lets an admin answer a dismissed miss with an item, which is found and stays off the list', async () => {
      const miss = await missOf('旧拖把');
      expect((await dismiss(miss.id)).status).toBe(200);
      const res = await t.request('POST', '/api/guide/items', {
        token: admin.token,
        body: { name: '旧拖把', category: 'residual', fromMissId: miss.id },
      });
      expect(res.status).toBe(201);
      expect(await names('旧拖把')).toEqual(['旧拖把']);
      expect((await misses()).some((m) => m.term === '旧拖把')).toBe(false);
    });

    it('refuses an unknown or malformed miss with 404 and 400, residents with 403, anonymous callers with 401', async () => {
      const res = await dismiss(999999);
      expect(res.status).toBe(404);
      expect(res.json.code).toBe('NOT_FOUND');
      expect((await dismiss('abc')).status).toBe(400);
      const miss = await missOf('量子纠缠');
      expect((await dismiss(miss.id, resident.token)).status).toBe(403);
      expect((await t.request('POST', `/api/guide/misses/${miss.id}/dismiss`)).status).toBe(401);
      expect((await misses()).some((m) => m.term === '量子纠缠')).toBe(true);
    });
  });

  describe('browse and detail', () => {
    it('browses one category by pinyin, page by page', async () => {
      const first = await t.request('GET', '/api/guide/items?category=recyclable&pageSize=2');
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({ page: 1, pageSize: 2, total: 5 });
      const all = await t.request('GET', '/api/guide/items?category=recyclable&pageSize=100');
      const list = (all.json.items as GuideItemResponse[]).map((i) => i.name);
      // guantouhe, jiuyifu, suliaoping, yilaguan, yilaguanlahuan: by pinyin.
      expect(list).toEqual(['罐头盒', '旧衣服', '塑料瓶', '易拉罐', '易拉罐拉环']);
      const second = await t.request('GET', '/api/guide/items?category=recyclable&pageSize=2&page=2');
      expect((second.json.items as GuideItemResponse[]).map((i) => i.name)).toEqual(list.slice(2, 4));
    });

    it('browses every category without a filter, and refuses an unknown one', async () => {
      const all = await t.request('GET', '/api/guide/items?pageSize=100');
      expect(all.json.total).toBeGreaterThanOrEqual(FIXTURE.items.length);
      const bad = await t.request('GET', '/api/guide/items?category=compost');
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.json)).toContain('category');
    });

    it('shows one item, 404 for an unknown id and 400 for a malformed one', async () => {
      const [can] = (await search('易拉罐')).items;
      const res = await t.request('GET', `/api/guide/items/${can.id}`);
      expect(res.status).toBe(200);
      expect(res.json).toEqual(can);
      expect((await t.request('GET', '/api/guide/items/999999')).status).toBe(404);
      expect((await t.request('GET', '/api/guide/items/abc')).status).toBe(400);
    });
  });

  it('loads the seed once: a restart on the same database loads nothing and keeps admin edits', async () => {
    const before = (await t.request('GET', '/api/guide/items?pageSize=1')).json.total;
    expect(await loadSortingGuideIfEmpty(t.dataSource, loadConfig({}).sortingGuidePath)).toBe(0);
    expect((await t.request('GET', '/api/guide/items?pageSize=1')).json.total).toBe(before);
    expect(await names('陶瓷碗')).toEqual([]);
  });
});

describe('Sorting guide seed file', () => {
  it('loads every item of config/sorting-guide/items.json into an empty database', async () => {
    const file = JSON.parse(readFileSync(loadConfig({}).sortingGuidePath, 'utf8')) as { items: { name: string }[] };
    expect(file.items.length).toBeGreaterThanOrEqual(500);
    const t = await startTestApp();
    try {
      const all = await t.request('GET', '/api/guide/items?pageSize=1');
      expect(all.json.total).toBe(file.items.length);
      const rows: { n: number | string }[] = await t.dataSource.query('SELECT COUNT(*) AS n FROM guide_items');
      expect(Number(rows[0].n)).toBe(file.items.length);
      expect((await t.request('GET', '/api/guide/search?q=ylg')).json.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: '易拉罐', category: 'recyclable' })]),
      );
      expect(await loadSortingGuideIfEmpty(t.dataSource, loadConfig({}).sortingGuidePath)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('stops with a message naming the item when the file is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zw-guide-bad-'));
    try {
      const path = join(dir, 'items.json');
      writeFileSync(
        path,
        JSON.stringify({ items: [{ name: '纸', aliases: [], category: 'food', subcategory: 'paper', tip: '' }] }),
      );
      const t = await startTestApp();
      try {
        await t.dataSource.query('DELETE FROM guide_items');
        await expect(loadSortingGuideIfEmpty(t.dataSource, path)).rejects.toThrow(/items\[0\]\.subcategory/);
        await expect(loadSortingGuideIfEmpty(t.dataSource, join(dir, 'missing.json'))).rejects.toThrow(
          /SORTING_GUIDE_PATH/,
        );
      } finally {
        await t.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Search misses per client', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ GUIDE_MISS_LIMIT: '3', TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  const searchFrom = (client: string, q: string) =>
    t.request('GET', `/api/guide/search?q=${encodeURIComponent(q)}`, { headers: { 'x-forwarded-for': client } });
  const missedTerms = async () => {
    const admin = await t.signIn(['admin']);
    const res = await t.request('GET', '/api/guide/misses?pageSize=100', { token: admin.token });
    return (res.json.items as SearchMissResponse[]).map((m) => m.term).sort();
  };

  it("answers every search but records only a client's budget of misses, and other clients' still", async () => {
    const junk = ['无此物一', '无此物二', '无此物三', '无此物四', '无此物五'];
    for (const q of junk) {
      const res = await searchFrom('203.0.113.7', q);
      expect(res.status).toBe(200);
      expect(res.json.total).toBe(0);
    }
    expect(await missedTerms()).toEqual(junk.slice(0, 3).sort());
    expect((await searchFrom('198.51.100.9', '无此物五')).status).toBe(200);
    expect(await missedTerms()).toEqual([...junk.slice(0, 3), '无此物五'].sort());
  });
});
