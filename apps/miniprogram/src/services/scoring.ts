import type {
  CellAlert,
  CellResponse,
  CellScoreResponse,
  CreateEvidenceRequest,
  EvidenceListQuery,
  EvidenceResponse,
  Grade,
  HomeCellScoreResponse,
  ImageUploadResponse,
  Page,
  Period,
  RubricResponse,
  ScoreRankingItem,
  ScoreRankingQuery,
  ScoreTrendItem,
} from '@zerowaste/shared';
import { GRADES, MAX_PAGE_SIZE } from '@zerowaste/shared';
import { ApiError, openFile, request, upload } from './http';

/** The cells the signed-in manager looks after (an admin: every cell, a page at a time). */
export function listMyCells(page = 1): Promise<Page<CellResponse>> {
  return request<Page<CellResponse>>('GET', '/cells', { query: { page, pageSize: MAX_PAGE_SIZE } });
}

/** A month's score with every indicator's points, the rank and what to fix. */
export function getCellScore(cellId: number, period: Period): Promise<CellScoreResponse> {
  return request<CellScoreResponse>('GET', `/cells/${cellId}/scores/${period}`);
}

/** The monthly totals from `from` to `to`, oldest first. */
export async function getScoreTrend(cellId: number, from: Period, to: Period): Promise<ScoreTrendItem[]> {
  const page = await request<Page<ScoreTrendItem>>('GET', `/cells/${cellId}/scores`, {
    query: { from, to, pageSize: MAX_PAGE_SIZE },
  });
  return page.items;
}

export function listRanking(query: ScoreRankingQuery): Promise<Page<ScoreRankingItem>> {
  return request<Page<ScoreRankingItem>>('GET', '/scores', {
    query: {
      period: query.period,
      regionCode: query.regionCode,
      type: query.type,
      grade: query.grade,
      page: query.page,
      pageSize: query.pageSize,
    },
  });
}

/** The cell's alerts (a handful at most: one page holds them all). */
export async function listAlerts(cellId: number): Promise<CellAlert[]> {
  const page = await request<Page<CellAlert>>('GET', `/cells/${cellId}/alerts`, {
    query: { pageSize: MAX_PAGE_SIZE },
  });
  return page.items;
}

/** The rubric the cell is scored against now: its manual indicators make the evidence checklist. */
export function getRubric(cellId: number): Promise<RubricResponse> {
  return request<RubricResponse>('GET', `/cells/${cellId}/rubric`);
}

export function listCellEvidence(cellId: number, query: EvidenceListQuery): Promise<Page<EvidenceResponse>> {
  return request<Page<EvidenceResponse>>('GET', `/cells/${cellId}/evidence`, {
    query: { period: query.period, status: query.status, page: query.page, pageSize: query.pageSize },
  });
}

export function submitEvidence(cellId: number, body: CreateEvidenceRequest): Promise<EvidenceResponse> {
  return request<EvidenceResponse>('POST', `/cells/${cellId}/evidence`, { body });
}

/** A photo for a piece of evidence; name the answer's id in `imageIds`. */
export function uploadEvidencePhoto(filePath: string): Promise<ImageUploadResponse> {
  return upload<ImageUploadResponse>('/images?kind=evidence', filePath);
}

/** Evidence waiting for an admin, oldest first. */
export function listPendingEvidence(page: number): Promise<Page<EvidenceResponse>> {
  return request<Page<EvidenceResponse>>('GET', '/evidence', { query: { status: 'pending', page } });
}

export function approveEvidence(id: number): Promise<EvidenceResponse> {
  return request<EvidenceResponse>('POST', `/evidence/${id}/approve`);
}

export function rejectEvidence(id: number, reason: string): Promise<EvidenceResponse> {
  return request<EvidenceResponse>('POST', `/evidence/${id}/reject`, { body: { reason } });
}

/** The latest score of the signed-in user's home cell; null when it has none yet (or no home cell). */
export async function getHomeCellScore(): Promise<HomeCellScoreResponse | null> {
  try {
    return await request<HomeCellScoreResponse>('GET', '/me/home-cell/score');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Every row of the ranking for the map (one page of MAX_PAGE_SIZE after another, at most `limit` rows). */
export async function listRankingAll(
  query: Omit<ScoreRankingQuery, 'page' | 'pageSize'>,
  limit = 5000,
): Promise<ScoreRankingItem[]> {
  const items: ScoreRankingItem[] = [];
  for (let page = 1; ; page++) {
    const answer = await listRanking({ ...query, page, pageSize: MAX_PAGE_SIZE });
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total || items.length >= limit) return items;
  }
}

/** How many cells earned each grade in a month: the ranking's totals, one small request per grade. */
export async function countGrades(
  query: Omit<ScoreRankingQuery, 'page' | 'pageSize' | 'grade'>,
): Promise<Record<Grade, number>> {
  const totals = await Promise.all(
    GRADES.map((grade) => listRanking({ ...query, grade, page: 1, pageSize: 1 }).then((page) => page.total)),
  );
  return Object.fromEntries(GRADES.map((grade, index) => [grade, totals[index]])) as Record<Grade, number>;
}

/** The ranking with every indicator's breakdown as an Excel file, in the caller's scope. */
export function exportRanking(query: Omit<ScoreRankingQuery, 'page' | 'pageSize'>): Promise<void> {
  return openFile('/scores/export.xlsx', `无废细胞评分-${query.period}.xlsx`, 'xlsx', {
    period: query.period,
    regionCode: query.regionCode,
    type: query.type,
    grade: query.grade,
  });
}
