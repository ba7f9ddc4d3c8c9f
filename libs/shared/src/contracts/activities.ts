import type { ActivityKind } from '../enums/activity';
import type { PageQuery } from './pagination';

/** `POST /api/cells/:id/activities` by the cell's manager (or an admin). */
export interface CreateActivityRequest {
  kind: ActivityKind;
  /** The day it took place, `YYYY-MM-DD` (China), not in the future. */
  date: string;
  title: string;
  /** People who took part. */
  attendance: number;
  /** Photos the caller uploaded with `POST /api/images` (kind `activity`). */
  imageIds?: string[];
}

export interface ActivityResponse {
  id: number;
  cellId: number;
  kind: ActivityKind;
  date: string;
  title: string;
  attendance: number;
  imageIds: string[];
  /** Relative to the API's origin. */
  imageUrls: string[];
  recordedByUserId: number;
  createdAt: string;
}

/** `GET /api/cells/:id/activities`: newest first. */
export interface ActivityListQuery extends PageQuery {
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** `YYYY-MM-DD`, inclusive. */
  to?: string;
  kind?: ActivityKind;
}
