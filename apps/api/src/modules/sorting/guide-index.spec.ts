import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { GuideIndex, type IndexableItem, MATCH_TIERS, normalizeTerm } from './guide-index';

let nextId = 1;
const item = (
  name: string,
  category: IndexableItem['category'],
  aliases: string[] = [],
  subcategory: IndexableItem['subcategory'] = null,
): IndexableItem => ({ id: nextId++, name, aliases, category, subcategory });

const ITEMS: IndexableItem[] = [
  item('易拉罐', 'recyclable', ['饮料罐', '铝罐'], 'metal'),
  item('易拉罐拉环', 'recyclable', [], 'metal'),
  item('罐头盒', 'recyclable', ['铁罐'], 'metal'),
  item('塑料瓶', 'recyclable', ['矿泉水瓶', 'PET瓶'], 'plastic'),
  item('充电宝', 'hazardous', ['移动电源'], 'battery'),
  item('纽扣电池', 'hazardous', [], 'battery'),
  item('过期药品', 'hazardous', ['过期药'], 'household_chemical'),
  item('剩饭剩菜', 'food', ['剩饭'], 'household_food'),
  item('大骨头', 'residual', ['猪大骨']),
  item('用过的纸巾', 'residual', ['餐巾纸', '卫生纸']),
  item('瓜子壳', 'food', [], 'household_food'),
  item('A4纸', 'recyclable', ['打印纸'], 'paper'),
];

describe('GuideIndex', () => {
  const index = new GuideIndex(ITEMS);
  const names = (q: string, limit = 10) => index.search(q, limit).items.map((h) => h.item.name);
  const tiers = (q: string) => index.search(q, 10).items.map((h) => `${h.item.name}:${h.tier}`);

  it('ranks exact name, then name prefix, then substring, ties by shorter name', () => {
    expect(tiers('易拉罐')).toEqual(['易拉罐:exact_name', '易拉罐拉环:name_prefix']);
    expect(names('罐')).toEqual(['罐头盒', '易拉罐', '易拉罐拉环']);
  });

  it('puts an exact alias above a name prefix', () => {
    const idx = new GuideIndex([item('电池盒', 'residual'), item('五号电池', 'hazardous', ['电池'], 'battery')]);
    expect(idx.search('电池', 10).items.map((h) => `${h.item.name}:${h.tier}`)).toEqual([
      '五号电池:exact_alias',
      '电池盒:name_prefix',
    ]);
  });

  it('finds items by alias, exactly, by prefix and inside', () => {
    expect(tiers('移动电源')).toEqual(['充电宝:exact_alias']);
    expect(tiers('矿泉')).toEqual(['塑料瓶:alias_prefix']);
    expect(tiers('巾纸')).toEqual(['用过的纸巾:substring']);
  });

  it('finds items by full pinyin without tones or spaces, by its prefix, in any case', () => {
    expect(names('yilaguan')).toEqual(['易拉罐', '易拉罐拉环']);
    expect(names('YiLaGuan')).toEqual(['易拉罐', '易拉罐拉环']);
    expect(names('yi la guan')).toEqual(['易拉罐', '易拉罐拉环']);
    expect(names('chongdian')).toEqual(['充电宝']);
    expect(tiers('guoqiyao')).toEqual(['过期药品:pinyin_prefix']);
  });

  it('finds items by pinyin initials and their prefix', () => {
    expect(names('ylg')).toEqual(['易拉罐', '易拉罐拉环']);
    expect(names('cdb')).toEqual(['充电宝']);
    expect(names('yddy')).toEqual(['充电宝']);
    expect(names('KQS')).toEqual(['塑料瓶']);
  });

  it('matches pinyin from a syllable inside a word, but not from the middle of a syllable', () => {
    expect(names('guatou')).toEqual([]);
    expect(names('guantou')).toEqual(['罐头盒']);
    expect(names('koudian')).toEqual(['纽扣电池']);
    expect(names('oudian')).toEqual([]);
  });

  it('folds full-width letters and finds Latin parts of names', () => {
    expect(names('ａ４')).toEqual(['A4纸']);
    expect(names('pet')).toEqual(['塑料瓶']);
  });

  it('answers a category word with the category, its items after those that match by name', () => {
    const wet = index.search('湿垃圾', 10);
    expect(wet.categoryMatch).toEqual({ category: 'food', subcategory: null, label: '厨余垃圾' });
    expect(wet.items.map((h) => h.item.name).sort()).toEqual(['剩饭剩菜', '瓜子壳'].sort());
    expect(wet.items.every((h) => h.tier === 'category')).toBe(true);

    expect(index.search('干垃圾', 10).categoryMatch?.category).toBe('residual');
    expect(index.search('可回收物', 10).total).toBe(5);
    expect(index.search('有害垃圾', 10).items.map((h) => h.item.category)).toEqual([
      'hazardous',
      'hazardous',
      'hazardous',
    ]);
    expect(index.search('shilaji', 10).categoryMatch?.category).toBe('food');
  });

  it('answers a subcategory word with its items, name matches first', () => {
    const result = index.search('电池', 10);
    expect(result.categoryMatch).toEqual({ category: 'hazardous', subcategory: 'battery', label: '电池' });
    expect(result.items.map((h) => `${h.item.name}:${h.tier}`)).toEqual(['纽扣电池:substring', '充电宝:category']);
  });

  it('finds nothing for a term that is not in the guide', () => {
    expect(index.search('量子计算机', 10)).toEqual({ items: [], total: 0, categoryMatch: null });
    expect(index.search('   ', 10).total).toBe(0);
  });

  it('caps the items at the limit and counts them all', () => {
    const result = index.search('y', 2);
    expect(result.items).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });

  it('normalises a term the way the index does', () => {
    expect(normalizeTerm(' Yi  La\tGUAN ')).toBe('yilaguan');
    expect(normalizeTerm('ＰＥＴ瓶')).toBe('pet瓶');
  });
});

/**
 * The index works every answer out ahead; this oracle works it out the slow way, straight from the
 * tier rules, item by item. On the real guide, both must give the same items in the same order.
 */
describe('GuideIndex against a plain scan of the real guide', () => {
  const file = JSON.parse(readFileSync(join(__dirname, '../../../../../config/sorting-guide/items.json'), 'utf8')) as {
    items: Omit<IndexableItem, 'id'>[];
  };
  const items: IndexableItem[] = file.items.map((it, i) => ({ ...it, aliases: it.aliases ?? [], id: i + 1 }));
  const index = new GuideIndex(items);
  const syllables = (text: string, pattern: 'pinyin' | 'first') =>
    pinyin(text, { toneType: 'none', type: 'array', pattern }).map(normalizeTerm).filter(Boolean);
  const tails = (parts: string[]) => parts.slice(1).map((_, i) => parts.slice(i + 1).join(''));
  const keys = items.map((it) =>
    [it.name, ...it.aliases].map((raw, k) => {
      const text = normalizeTerm(raw);
      const [full, initials] = [syllables(text, 'pinyin'), syllables(text, 'first')];
      return {
        text,
        isName: k === 0,
        full: full.join(''),
        initials: initials.join(''),
        tails: [...tails(full), ...tails(initials)],
      };
    }),
  );
  const rankOf = (key: (typeof keys)[number][number], q: string): number => {
    if (key.text === q) return key.isName ? 0 : 1;
    if (key.text.startsWith(q)) return key.isName ? 2 : 3;
    if (key.full.startsWith(q) || key.initials.startsWith(q)) return 4;
    if (key.text.includes(q) || (q.length > 1 && key.tails.some((t) => t.startsWith(q)))) return 5;
    return Number.POSITIVE_INFINITY;
  };
  const scan = (query: string, limit: number): string[] => {
    const q = normalizeTerm(query);
    const category = index.search(query, 1).categoryMatch;
    return items
      .map((it, i) => {
        let rank = Math.min(...keys[i].map((key) => rankOf(key, q)));
        const inCategory =
          category &&
          it.category === category.category &&
          (!category.subcategory || it.subcategory === category.subcategory);
        if (rank === Number.POSITIVE_INFINITY && inCategory) rank = 6;
        return { it, rank, length: [...it.name].length };
      })
      .filter((h) => q && h.rank !== Number.POSITIVE_INFINITY)
      .sort((a, b) => a.rank - b.rank || a.length - b.length || a.it.id - b.it.id)
      .slice(0, limit)
      .map((h) => `${h.it.name}:${MATCH_TIERS[h.rank]}`);
  };

  it('gives the same answers as the scan for names, aliases, pinyin and their pieces', () => {
    const queries = new Set(['湿垃圾', '干垃圾', '纸', '塑料类', 'kehuishouwu', 'x', '', 'Ｙｉ', '不存在的东西']);
    keys.forEach((itemKeys, i) => {
      if (i % 3) return;
      for (const key of itemKeys) {
        for (const s of [key.text, key.full, key.initials]) {
          for (let start = 0; start < s.length; start += 2) queries.add(s.slice(start, start + 1 + (start % 3)));
        }
      }
    });
    for (const q of queries) {
      const found = index.search(q, 20).items.map((h) => `${h.item.name}:${h.tier}`);
      expect({ q, found }).toEqual({ q, found: scan(q, 20) });
    }
    expect(queries.size).toBeGreaterThan(1000);
  });
});
