import {
  WASTE_CATEGORIES,
  WASTE_CATEGORY_ALIASES,
  WASTE_CATEGORY_LABELS,
  WASTE_SUBCATEGORIES,
  WASTE_SUBCATEGORY_LABELS,
  type WasteCategory,
  type WasteSubcategory,
} from '@zerowaste/shared';
import { pinyin } from 'pinyin-pro';

/** What the index needs of an item; the entity fits. */
export interface IndexableItem {
  id: number;
  name: string;
  aliases: string[];
  category: WasteCategory;
  subcategory: WasteSubcategory | null;
}

/** How well an item matched, best first. */
export const MATCH_TIERS = [
  'exact_name',
  'exact_alias',
  'name_prefix',
  'alias_prefix',
  'pinyin_prefix',
  'substring',
  'category',
] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface CategoryMatch {
  category: WasteCategory;
  subcategory: WasteSubcategory | null;
  label: string;
}

export interface GuideSearchResult<T> {
  items: { item: T; tier: MatchTier }[];
  total: number;
  categoryMatch: CategoryMatch | null;
}

/** One searchable text of an item (its name or an alias), with its pinyin precomputed. */
interface Key {
  text: string;
  isName: boolean;
  /** Full pinyin without tones, e.g. `yilaguan`. */
  full: string;
  /** Initials, e.g. `ylg`. */
  initials: string;
  /** `full` and `initials` from each syllable on (`laguan`, `guan`…), for matches inside a word. */
  fullTails: string[];
  initialTails: string[];
}

interface Entry<T> {
  item: T;
  nameLength: number;
  keys: Key[];
}

/** Entries in the order a Chinese reader expects a list: by the name's pinyin, then by the name. */
function byPinyin<T extends IndexableItem>(a: Entry<T>, b: Entry<T>): number {
  const [ka, kb] = [a.keys[0].full, b.keys[0].full];
  return ka < kb
    ? -1
    : ka > kb
      ? 1
      : a.item.name < b.item.name
        ? -1
        : a.item.name > b.item.name
          ? 1
          : a.item.id - b.item.id;
}

const TIER_RANK: Record<MatchTier, number> = Object.fromEntries(MATCH_TIERS.map((t, i) => [t, i])) as Record<
  MatchTier,
  number
>;

/**
 * The form both the index and a query are compared in: full-width letters folded (NFKC), lower case,
 * no spaces, so `Yi La Guan`, `ｙｉｌａｇｕａｎ` and `yilaguan` are one query.
 */
export function normalizeTerm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function syllables(text: string, pattern: 'pinyin' | 'first'): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', pattern })
    .map((s) => normalizeTerm(s))
    .filter(Boolean);
}

function tails(parts: string[]): string[] {
  return parts.slice(1).map((_, i) => parts.slice(i + 1).join(''));
}

// Pinyin is the slow part of building the index (~0.15 ms a text); remembering it by text makes the
// rebuild after an admin's edit cost only the texts that changed. Bounded by the texts the guide has had.
const KEYS = new Map<string, Key>();

function buildKey(raw: string, isName: boolean): Key {
  const cacheKey = `${isName ? 'n' : 'a'}:${raw}`;
  const known = KEYS.get(cacheKey);
  if (known) return known;
  const key = computeKey(raw, isName);
  KEYS.set(cacheKey, key);
  return key;
}

function computeKey(raw: string, isName: boolean): Key {
  const text = normalizeTerm(raw);
  const full = syllables(text, 'pinyin');
  const initials = syllables(text, 'first');
  return {
    text,
    isName,
    full: full.join(''),
    initials: initials.join(''),
    fullTails: tails(full),
    initialTails: tails(initials),
  };
}

/** The words that name a category or subcategory, with the pinyin people type for them. */
function categoryWords(): Map<string, CategoryMatch> {
  const words = new Map<string, CategoryMatch>();
  const add = (word: string, match: CategoryMatch) => {
    const key = buildKey(word, true);
    for (const form of [key.text, key.full]) if (!words.has(form)) words.set(form, match);
  };
  for (const category of WASTE_CATEGORIES) {
    add(WASTE_CATEGORY_LABELS[category], { category, subcategory: null, label: WASTE_CATEGORY_LABELS[category] });
  }
  for (const [word, category] of Object.entries(WASTE_CATEGORY_ALIASES)) {
    add(word, { category, subcategory: null, label: WASTE_CATEGORY_LABELS[category] });
  }
  for (const category of WASTE_CATEGORIES) {
    for (const subcategory of WASTE_SUBCATEGORIES[category] as readonly WasteSubcategory[]) {
      const label = WASTE_SUBCATEGORY_LABELS[subcategory];
      add(label, { category, subcategory, label });
      // People also type 纸类 as 纸, and 塑料 as 塑料类.
      if (label.endsWith('类')) add(label.slice(0, -1), { category, subcategory, label });
      else add(`${label}类`, { category, subcategory, label });
    }
  }
  return words;
}

const CATEGORY_WORDS = categoryWords();

/** An item a term finds, and how well. */
interface Posting<T> {
  entry: Entry<T>;
  rank: number;
}

/** Best first: by tier, then the shorter name, then the older item. */
function byRank<T extends IndexableItem>(a: Posting<T>, b: Posting<T>): number {
  return a.rank - b.rank || a.entry.nameLength - b.entry.nameLength || a.entry.item.id - b.entry.item.id;
}

function prefixes(text: string, minLength = 1): string[] {
  const out: string[] = [];
  for (let end = minLength; end <= text.length; end++) out.push(text.slice(0, end));
  return out;
}

function substrings(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; start++) out.push(...prefixes(text.slice(start)));
  return out;
}

/**
 * Every term that finds each item, with the best tier it finds it at, sorted best first: a search is
 * then one map look-up, whatever the guide's size. The tiers: the exact name or alias; a prefix of
 * one; a prefix of its full pinyin or initials; anywhere inside a name or alias, or from a syllable
 * on inside its pinyin (not for one letter, which would match nearly everything).
 */
function buildPostings<T extends IndexableItem>(entries: Entry<T>[]): Map<string, Posting<T>[]> {
  const best = new Map<string, Map<Entry<T>, number>>();
  const add = (terms: string[], entry: Entry<T>, rank: number) => {
    for (const term of terms) {
      const ranks = best.get(term) ?? new Map<Entry<T>, number>();
      best.set(term, ranks);
      const known = ranks.get(entry);
      if (known === undefined || rank < known) ranks.set(entry, rank);
    }
  };
  for (const entry of entries) {
    for (const key of entry.keys) {
      add([key.text], entry, key.isName ? TIER_RANK.exact_name : TIER_RANK.exact_alias);
      add(prefixes(key.text), entry, key.isName ? TIER_RANK.name_prefix : TIER_RANK.alias_prefix);
      add([...prefixes(key.full), ...prefixes(key.initials)], entry, TIER_RANK.pinyin_prefix);
      add(substrings(key.text), entry, TIER_RANK.substring);
      for (const tail of [...key.fullTails, ...key.initialTails]) add(prefixes(tail, 2), entry, TIER_RANK.substring);
    }
  }
  const postings = new Map<string, Posting<T>[]>();
  for (const [term, ranks] of best) {
    postings.set(term, [...ranks].map(([entry, rank]) => ({ entry, rank })).sort(byRank));
  }
  return postings;
}

/**
 * The whole guide in memory, with every term that finds an item worked out when it is built (a few
 * tens of milliseconds for ~550 items), so that a search answers in microseconds.
 */
export class GuideIndex<T extends IndexableItem> {
  private readonly entries: Entry<T>[];
  private readonly postings: Map<string, Posting<T>[]>;
  private readonly categoryMembers = new Map<string, Posting<T>[]>();

  constructor(items: readonly T[]) {
    this.entries = items.map((item) => ({
      item,
      nameLength: [...item.name].length,
      keys: [buildKey(item.name, true), ...item.aliases.map((a) => buildKey(a, false))],
    }));
    this.postings = buildPostings(this.entries);
  }

  get size(): number {
    return this.entries.length;
  }

  get items(): T[] {
    return this.entries.map((e) => e.item);
  }

  /** The items of one category (or all), by pinyin, for browsing. */
  list(category?: WasteCategory): T[] {
    return this.entries
      .filter((e) => category === undefined || e.item.category === category)
      .sort(byPinyin)
      .map((e) => e.item);
  }

  /** The items of a category or subcategory, as a category word finds them: worked out once per index. */
  private members(match: CategoryMatch): Posting<T>[] {
    const key = `${match.category}/${match.subcategory ?? ''}`;
    let members = this.categoryMembers.get(key);
    if (!members) {
      members = this.entries
        .filter(
          (e) =>
            e.item.category === match.category &&
            (match.subcategory === null || e.item.subcategory === match.subcategory),
        )
        .map((entry) => ({ entry, rank: TIER_RANK.category }))
        .sort(byRank);
      this.categoryMembers.set(key, members);
    }
    return members;
  }

  /** Best matches first; a category word also finds the rest of its category, after them. */
  search(query: string, limit: number): GuideSearchResult<T> {
    const q = normalizeTerm(query);
    if (!q) return { items: [], total: 0, categoryMatch: null };
    const categoryMatch = CATEGORY_WORDS.get(q) ?? null;
    let hits = this.postings.get(q) ?? [];
    if (categoryMatch) {
      const found = new Set(hits.map((h) => h.entry));
      hits = [...hits, ...this.members(categoryMatch).filter((h) => !found.has(h.entry))];
    }
    return {
      items: hits.slice(0, limit).map((h) => ({ item: h.entry.item, tier: MATCH_TIERS[h.rank] })),
      total: hits.length,
      categoryMatch,
    };
  }
}
