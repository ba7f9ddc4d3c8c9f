import type {
  CellAlert,
  CellResponse,
  CellScoreResponse,
  CreateEvidenceRequest,
  EvidenceListQuery,
  EvidenceResponse,
  HomeCellScoreResponse,
  ImageUploadResponse,
  Page,
  Period,
  RubricResponse,
  ScoreRankingItem,
  ScoreRankingQuery,
  ScoreTrendItem,
} from '@zerowaste/shared';
import { MAX_PAGE_SIZE } from '@zerowaste/shared';
import { ApiError, request, upload } from './http';

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

export async function listAlerts(cellId: number): Promise<CellAlert[]> {
  const answer = await request<Page<CellAlert> | CellAlert[]>('GET', `/cells/${cellId}/alerts`);
  return Array.isArray(answer) ? answer : answer.items;
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
