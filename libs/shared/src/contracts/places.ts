import type { NearbyType, PlaceStatus, PlaceType } from '../enums/place';
import type { WasteCategory } from '../enums/waste-category';
import type { OpeningHours } from '../rules/opening-hours';
import type { GeoPoint } from './cell';
import type { PageQuery } from './pagination';

/** `POST /api/places` (admins anywhere, managers in their cells). */
export interface CreatePlaceRequest {
  type: PlaceType;
  name: string;
  address: string;
  /** GCJ-02. */
  lat: number;
  lng: number;
  /** Categories it accepts (`hazardous` for batteries, lamps, medicines…). */
  categories: WasteCategory[];
  /** The text form of `parseOpeningHours` (`Mo-Fr 08:00-18:00; Sa 09:00-12:00; Su off; 2026-10-01 off`); none = unknown. */
  hours?: string;
  phone?: string;
  /** GB/T 2260 code of the region it is in. */
  regionCode: string;
  /** The cell it belongs to; required of a cell manager (one of theirs). */
  cellId?: number;
}

/** `PATCH /api/places/:id`: any field of the create request; `hours`, `phone`, `cellId` null to clear. */
export type UpdatePlaceRequest = Partial<Omit<CreatePlaceRequest, 'hours' | 'phone' | 'cellId'>> & {
  hours?: string | null;
  phone?: string | null;
  cellId?: number | null;
};

export interface PlaceResponse {
  id: number;
  type: PlaceType;
  name: string;
  address: string;
  location: GeoPoint;
  categories: WasteCategory[];
  /** The text it was given, and its parsed form; null = hours unknown. */
  hoursText: string | null;
  hours: OpeningHours | null;
  /** Now, in China time; null when the hours are unknown. */
  openNow: boolean | null;
  phone: string | null;
  regionCode: string;
  cellId: number | null;
  /** The latest unexpired report by residents (`full`, `broken`, `closed`), null when none. */
  status: PlaceStatus | null;
  retiredAt: string | null;
}

/**
 * `GET /api/places/nearby` (public): places and points shops within `radius` metres, nearest first.
 * `category=hazardous` finds where an item of that category goes (the guide's item page).
 */
export interface NearbyQuery extends PageQuery {
  lat: number;
  lng: number;
  /** Metres, 1–50,000; default 5,000. */
  radius?: number;
  /** Comma-separated; default every type. */
  types?: string;
  category?: WasteCategory;
  /** `true`: only places open now (hours unknown count as not open). */
  openNow?: boolean;
}

export interface NearbyItem {
  /** A place's id, or for `points_shop` the shop's id (`GET /api/shops/:id`). */
  id: number;
  type: NearbyType;
  name: string;
  address: string | null;
  location: GeoPoint;
  distanceM: number;
  categories: WasteCategory[];
  openNow: boolean | null;
  hoursText: string | null;
  phone: string | null;
  status: PlaceStatus | null;
}

/** `POST /api/places/import` answer; a bad file answers 422 with `errors` (`row 17: lat …`). */
export interface PlaceImportResponse {
  imported: number;
}

export interface PlaceStatusReportRequest {
  status: PlaceStatus;
}

export interface PlaceStatusReportResponse {
  placeId: number;
  status: PlaceStatus;
  /** When the report stops counting (`PLACE_REPORT_HOURS` after it). */
  expiresAt: string;
}

/** `GET /api/places/problems`: places with an unexpired report, of the caller's cells (admins: all). */
export interface PlaceProblemsQuery extends PageQuery {
  cellId?: number;
}

export interface PlaceProblemResponse {
  place: PlaceResponse;
  /** Unexpired reports per status. */
  reports: Partial<Record<PlaceStatus, number>>;
  lastReportedAt: string;
}
