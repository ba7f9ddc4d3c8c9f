import type { CellStatus, CellType } from '../enums';
import type { PageQuery } from './pagination';

/** GCJ-02 coordinates, as WeChat's location and map APIs give them. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface CellResponse extends CellRef {
  regionCode: string;
  regionName: string;
  address: string;
  households: number;
  location: GeoPoint | null;
  status: CellStatus;
  managerIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface CreateCellRequest {
  name: string;
  type: CellType;
  regionCode: string;
  address: string;
  households?: number;
  location?: GeoPoint;
  status?: CellStatus;
}

export type UpdateCellRequest = Partial<CreateCellRequest>;

export interface CellListQuery extends PageQuery {
  regionCode?: string;
  type?: CellType;
  q?: string;
}

/** The least that names a cell on screen. */
export interface CellRef {
  id: number;
  name: string;
  type: CellType;
}

/** What any signed-in user may see of a cell, to pick a home cell or find cells nearby. */
export interface CellSummary extends CellRef {
  regionName: string;
  address: string;
  location: GeoPoint | null;
  /** Metres from the point given in the query, when one was given. */
  distance?: number;
}

export interface CellDirectoryQuery extends PageQuery {
  q?: string;
  regionCode?: string;
  type?: CellType;
  /** With `lng`, sorts nearest first and fills `distance`. */
  lat?: number;
  lng?: number;
}
