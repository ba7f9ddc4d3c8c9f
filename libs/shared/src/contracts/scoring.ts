import type { CellType } from '../enums/cell-type';
import type { AlertKind, EvidenceStatus, Grade, IndicatorRule, MeasureKey, MeasureUnit } from '../enums/scoring';
import type { PageQuery } from './pagination';

/** A scoring period: a calendar month in China time, `YYYY-MM`. */
export type Period = string;
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

// ---------------------------------------------------------------- rubrics (config/rubrics/*.json)

/** One line of a rubric, as written in config/rubrics/<cellType>.json. */
export interface RubricIndicator {
  /** Stable within the cell type, `snake_case`; evidence names it. */
  key: string;
  /** Chinese, as on the inspection form. */
  name: string;
  /** Points at full marks; a rubric's weights sum to 100. */
  weight: number;
  /** A registered measure's key, or `manual` (entered by the manager with evidence). */
  source: MeasureKey | 'manual';
  rule: IndicatorRule;
  /** ratio: the value worth full marks; thresholds: the full-marks line; yes_no: the least value that counts as yes (1). deductions: not used. */
  target?: number;
  /** thresholds: points lost per step short of the target. */
  deduct?: number;
  /** thresholds: the size of one step, in the raw value's unit. */
  step?: number;
  /** deductions: points lost per failed check. */
  perCheck?: number;
  /** deductions: the checks an inspector runs (the manager's evidence gives how many failed). */
  checks?: string[];
  /** What the manager's evidence should show (manual indicators), or how the number is worked out. */
  description?: string;
}

export interface RubricGrade {
  grade: Grade;
  /** The least total that earns this grade; the last grade's is 0. */
  min: number;
}

export interface RubricDefinition {
  cellType: CellType;
  /** Chinese title of the form this rubric follows. */
  title: string;
  /** Highest grade first. */
  grades: RubricGrade[];
  indicators: RubricIndicator[];
}

/** The rubric a cell is scored against now (`GET /api/cells/:id/rubric`), for the evidence checklist. */
export interface RubricResponse extends RubricDefinition {
  version: number;
  /** Measures' units, by measure key, so a client can print `72%` or `1.2 次/户`. */
  units: Record<string, MeasureUnit>;
}

// ---------------------------------------------------------------- scores

/** The evidence a manual indicator's value came from. */
export interface IndicatorEvidenceRef {
  id: number;
  note: string;
  imageIds: string[];
}

export interface IndicatorScore {
  key: string;
  name: string;
  weight: number;
  source: MeasureKey | 'manual';
  rule: IndicatorRule;
  /** The measured or approved value; null when a manual indicator has no approved evidence for the period. */
  raw: number | null;
  unit: MeasureUnit | null;
  target: number | null;
  /** 0 … weight, two decimals. */
  points: number;
  evidence?: IndicatorEvidenceRef | null;
}

export interface CellRank {
  /** 1 = best, among the cells of the same region (district/county) scored for the period. */
  inRegion: number;
  ofInRegion: number;
  /** Among the cells of the same type scored for the period. */
  inType: number;
  ofInType: number;
}

/** One thing to fix, the indicators losing the most points first. */
export interface ToFixItem {
  key: string;
  /** Plain Chinese, e.g. `参与率 72%，目标 80%，差 8 个百分点`. */
  message: string;
  /** Points lost on this indicator. */
  lost: number;
}

/** `GET /api/cells/:id/scores/:period`: a month's score, explained. */
export interface CellScoreResponse {
  cellId: number;
  cellName: string;
  cellType: CellType;
  regionCode: string;
  period: Period;
  rubricVersion: number;
  /** 0 … 100, two decimals. */
  total: number;
  grade: Grade;
  indicators: IndicatorScore[];
  rank: CellRank;
  toFix: ToFixItem[];
  computedAt: string;
}

/** `GET /api/cells/:id/scores?from=&to=`: one month of the trend, oldest first. */
export interface ScoreTrendItem {
  period: Period;
  rubricVersion: number;
  total: number;
  grade: Grade;
}

export interface ScoreTrendQuery extends PageQuery {
  /** `YYYY-MM`, inclusive; default twelve months before `to`. */
  from?: Period;
  /** `YYYY-MM`, inclusive; default the last month. */
  to?: Period;
}

/** `GET /api/scores`: one row of the ranking, best first. */
export interface ScoreRankingItem {
  rank: number;
  cellId: number;
  cellName: string;
  cellType: CellType;
  regionCode: string;
  regionName: string;
  period: Period;
  rubricVersion: number;
  total: number;
  grade: Grade;
  /** GCJ-02, for the map of cells coloured by grade. */
  lat: number | null;
  lng: number | null;
}

export interface ScoreRankingQuery extends PageQuery {
  period: Period;
  /** The cell's region or any ancestor (a district's code lists its towns' cells too). */
  regionCode?: string;
  type?: CellType;
  grade?: Grade;
}

/** `POST /api/scores/recompute` (admin). */
export interface RecomputeScoresRequest {
  period: Period;
  /** One cell; all active cells when absent. */
  cellId?: number;
}

export interface RecomputeScoresResponse {
  period: Period;
  /** Cells scored. */
  scored: number;
}

// ---------------------------------------------------------------- evidence

/** `POST /api/cells/:id/evidence` by the cell's manager; waits for an admin. */
export interface CreateEvidenceRequest {
  /** A manual indicator of the cell's rubric. */
  indicatorKey: string;
  period: Period;
  /** yes_no: 1 or 0; deductions: the number of failed checks; ratio/thresholds: the value (percent 0–100 for rates). */
  value: number;
  note: string;
  /** Photos the caller uploaded with `POST /api/images` (kind `evidence`). */
  imageIds?: string[];
}

export interface EvidenceResponse {
  id: number;
  cellId: number;
  cellName: string;
  indicatorKey: string;
  /** The indicator's name in the cell's current rubric (the key when it is no longer there). */
  indicatorName: string;
  period: Period;
  value: number;
  note: string;
  imageIds: string[];
  /** Relative to the API's origin. */
  imageUrls: string[];
  status: EvidenceStatus;
  /** Why an admin rejected it. */
  reason: string | null;
  submittedByUserId: number;
  reviewedByUserId: number | null;
  reviewedAt: string | null;
  createdAt: string;
}

export interface EvidenceListQuery extends PageQuery {
  period?: Period;
  status?: EvidenceStatus;
}

export interface RejectEvidenceRequest {
  reason: string;
}

// ---------------------------------------------------------------- alerts

/** `GET /api/cells/:id/alerts`. */
export interface CellAlert {
  kind: AlertKind;
  /** Plain Chinese, e.g. `3 号楼可回收物桶 近 30 天准确率 52%（低于 60%）`. */
  message: string;
  /** bin_low_accuracy: the bin. */
  binId?: number;
  binName?: string;
  /** bin_low_accuracy: percent 0–100 over the last 30 days, and how many drops were judged. */
  accuracy?: number;
  judged?: number;
  /** participation_falling: the months compared, oldest first, with their participation (percent). */
  periods?: { period: Period; participation: number }[];
}

/**
 * `GET /api/me/home-cell/score` (any signed-in user): the latest scored month of the caller's home cell,
 * for the home page. 404 when the caller has no home cell or it has no score yet.
 */
export interface HomeCellScoreResponse {
  cellId: number;
  cellName: string;
  cellType: CellType;
  period: Period;
  total: number;
  grade: Grade;
  rank: CellRank;
}
