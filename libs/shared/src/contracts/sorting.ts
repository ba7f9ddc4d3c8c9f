import type { WasteCategory, WasteSubcategory } from '../enums';
import type { PageQuery } from './pagination';

/** Longest search term the guide accepts (after trimming). */
export const GUIDE_SEARCH_MAX_LENGTH = 32;
export const GUIDE_SEARCH_DEFAULT_LIMIT = 10;
export const GUIDE_SEARCH_MAX_LIMIT = 50;

/** One item of the sorting guide: which bin it goes in, and the mistake people make. */
export interface GuideItemResponse {
  id: number;
  name: string;
  aliases: string[];
  category: WasteCategory;
  /** `null` for 其他垃圾, which has no subcategories, or when none is known. */
  subcategory: WasteSubcategory | null;
  /** Chinese label of the category, e.g. 可回收物. */
  categoryLabel: string;
  subcategoryLabel: string | null;
  /** How to put it out, or the common mistake; `''` when there is nothing to say. */
  tip: string;
  /** Hidden items are not searched, browsed or asked in the quiz. */
  active: boolean;
}

export interface GuideSearchQuery {
  /** 1–32 characters: Chinese, full pinyin without tones (`yilaguan`), initials (`ylg`), or a prefix of them. */
  q: string;
  /** 1–50, default 10. */
  limit?: number;
}

/**
 * The query named a category or subcategory (可回收物, 湿垃圾, 电池类…). The client can show the
 * category's card; its items are also in `items`, ranked after the items that match by name.
 */
export interface GuideCategoryMatch {
  category: WasteCategory;
  subcategory: WasteSubcategory | null;
  label: string;
}

export interface GuideSearchResponse {
  /** Best first: exact name, exact alias, name prefix, alias prefix, pinyin or initials, substring, category. */
  items: GuideItemResponse[];
  /** How many items matched in all (`items` holds at most `limit`). */
  total: number;
  categoryMatch: GuideCategoryMatch | null;
}

export interface GuideBrowseQuery extends PageQuery {
  category?: WasteCategory;
}

/** Which items an admin's list shows: every item, the searchable ones, or the hidden ones. */
export const GUIDE_ITEM_STATUSES = ['all', 'active', 'hidden'] as const;
export type GuideItemStatus = (typeof GUIDE_ITEM_STATUSES)[number];

/** The admins' list of the guide, hidden items included: the most recently edited first. */
export interface GuideAdminItemsQuery extends PageQuery {
  /** Default `all`. */
  status?: GuideItemStatus;
  /** Part of the name, matched literally (`%` and `_` are not wildcards). */
  q?: string;
}

export interface CreateGuideItemRequest {
  name: string;
  aliases?: string[];
  category: WasteCategory;
  /** Must be one of the category's subcategories (WASTE_SUBCATEGORIES); 其他垃圾 takes none. */
  subcategory?: WasteSubcategory | null;
  tip?: string;
  /** The search miss this item answers; it leaves the admins' list of misses. */
  fromMissId?: number;
}

export interface UpdateGuideItemRequest {
  name?: string;
  aliases?: string[];
  category?: WasteCategory;
  subcategory?: WasteSubcategory | null;
  tip?: string;
  /** `false` hides the item from search, browsing and the quiz. */
  active?: boolean;
}

/** A search term that found nothing, with how often people searched it. */
export interface SearchMissResponse {
  id: number;
  term: string;
  count: number;
  lastSearchedAt: string;
}

/**
 * A miss an admin dismissed as junk: it leaves the list for good, and later searches of the term
 * do not bring it back (they are still counted).
 */
export interface DismissedSearchMissResponse extends SearchMissResponse {
  dismissedAt: string;
}

/** One quiz question: which bin does this item go in? The answer is never sent before answering. */
export interface QuizQuestion {
  itemId: number;
  name: string;
  /** Always the four categories, in the standard's order. */
  options: WasteCategory[];
}

/** The right answer to one question, shown after answering. */
export interface QuizSolution {
  itemId: number;
  name: string;
  category: WasteCategory;
  tip: string;
}

export interface QuizAnswerResult extends QuizSolution {
  yourCategory: WasteCategory;
  correct: boolean;
}

/** Today's answered quiz, as stored: the score, and the right answers to review. */
export interface QuizTodayResult {
  correct: number;
  awarded: number;
  answeredAt: string;
  solutions: QuizSolution[];
}

export interface QuizTodayResponse {
  /** The quiz's day in China time (Asia/Shanghai), `YYYY-MM-DD`. */
  day: string;
  /** The same questions all day for one user. */
  questions: QuizQuestion[];
  answered: boolean;
  /** Present once today's quiz is answered. */
  result?: QuizTodayResult;
}

export interface QuizAnswer {
  itemId: number;
  category: WasteCategory;
}

/** Answers to exactly today's questions, each once. Send with an `Idempotency-Key`. */
export interface QuizAnswersRequest {
  answers: QuizAnswer[];
}

export interface QuizResultResponse {
  day: string;
  correct: number;
  /** Points earned: correct answers × points per answer, within the daily quiz cap. */
  awarded: number;
  balance: number;
  results: QuizAnswerResult[];
}
