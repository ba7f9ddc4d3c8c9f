import type { WasteCategory } from '../enums/waste-category';
import type { PageQuery } from './pagination';

export const DROP_VERDICTS = ['correct', 'incorrect'] as const;
/** An inspector's judgement of a drop; null until judged. */
export type DropVerdict = (typeof DROP_VERDICTS)[number];

export const DROP_VERDICT_LABELS: Record<DropVerdict, string> = {
  correct: '投放正确',
  incorrect: '投放错误',
};

/** The inspector's list filter: `pending` is a drop nobody has judged yet. */
export const DROP_VERDICT_FILTERS = ['pending', 'correct', 'incorrect'] as const;
export type DropVerdictFilter = (typeof DROP_VERDICT_FILTERS)[number];

/** Most drops in one batch verdict. */
export const MAX_BATCH_VERDICT = 100;

/** Send with an `Idempotency-Key` header; a retry with the same key returns the first answer. */
export interface DropRequest {
  /** The scanned text of the bin's label (URL, percent-encoded `q`, or bare token). */
  qr: string;
  /** Required at a four-bin station; at a single bin it may be left out or must match the bin. */
  category?: WasteCategory;
  /** The scanned text of a household card: the points go to the card (inspectors, collectors, admins). */
  householdCard?: string;
}

export interface DropSummary {
  id: number;
  binId: number;
  binName: string;
  cellId: number;
  category: WasteCategory;
  awarded: number;
  /** Set when the drop was recorded for a household card. */
  householdCardId: number | null;
  verdict: DropVerdict | null;
  createdAt: string;
}

export interface DropResponse {
  drop: DropSummary;
  /** Points this drop earned; less than the base points when it reached the daily cap. */
  awarded: number;
  /** The credited account's balance afterwards (the household card's, for a card drop). */
  balance: number;
}

/** Who made a drop, as an inspector may see it: a nickname or a card holder's name, never an openid. */
export interface DropWho {
  kind: 'user' | 'household';
  name: string;
}

export interface InspectorDropResponse extends DropSummary {
  who: DropWho;
  verdictAt: string | null;
}

export interface InspectorDropQuery extends PageQuery {
  /** Required for inspectors; an admin may leave it out to see every cell. */
  cellId?: number;
  verdict?: DropVerdictFilter;
}

export interface VerdictRequest {
  verdict: DropVerdict;
}

export interface VerdictResponse {
  drop: InspectorDropResponse;
  /** Points added to the drop's account for a correct drop (0 for incorrect). */
  bonus: number;
}

/** Marks many drops correct at once; drops already judged (or not the inspector's) are skipped. */
export interface BatchVerdictRequest {
  dropIds: number[];
  verdict: 'correct';
}

export interface BatchVerdictResponse {
  judged: number[];
  skipped: number[];
}
