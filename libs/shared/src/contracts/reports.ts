import type { CellType } from '../enums/cell-type';
import type { Grade } from '../enums/scoring';

/**
 * `GET /api/reports/yearly/:year?cellId=` or `?regionCode=`: the yearly self-evaluation report (a PDF)
 * of a cell (its manager, or an admin), or of a district or the city (an admin). Exactly one of the two.
 */
export interface YearlyReportQuery {
  cellId?: number;
  regionCode?: string;
}

/** The report's three sections, in the words of the person who files it. */
export interface YearlyReportTexts {
  /** 总体情况. */
  overview: string;
  /** 主要做法和成效. */
  practices: string;
  /** 存在的问题及建议. */
  problems: string;
}

/**
 * `PUT /api/reports/yearly/:year/notes`: a cell's manager writes their cell's text, an admin a region's.
 * A section left out keeps what was written before; an empty string clears it.
 */
export interface YearlyReportNotesRequest extends Partial<YearlyReportTexts> {
  cellId?: number;
  regionCode?: string;
}

export interface YearlyReportNotesResponse extends YearlyReportTexts {
  year: number;
  cellId: number | null;
  regionCode: string | null;
  updatedByUserId: number | null;
  /** Null when nothing has been written yet. */
  updatedAt: string | null;
}

/** `GET /api/scores/export.xlsx?period=&regionCode=&type=`: the ranking and each indicator, in the caller's scope. */
export interface ScoresExportQuery {
  period: string;
  regionCode?: string;
  type?: CellType;
  grade?: Grade;
}

/** The longest text one section of a report takes (characters). */
export const REPORT_TEXT_MAX = 4000;
