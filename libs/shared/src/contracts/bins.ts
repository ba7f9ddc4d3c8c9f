import type { WasteCategory } from '../enums/waste-category';
import type { PageQuery } from './pagination';

export const BIN_STATUSES = ['active', 'retired'] as const;
/** A retired bin or card keeps its history, but its label no longer earns anything. */
export type BinStatus = (typeof BIN_STATUSES)[number];

/** A bin, or a four-bin sorting station when `category` is null. */
export interface BinResponse {
  id: number;
  cellId: number;
  name: string;
  category: WasteCategory | null;
  lat: number;
  lng: number;
  /** Printed on the label under the QR code (8 characters, no 0/O/1/I). */
  code: string;
  /** Goes up on each re-issue; labels of an older version are refused. */
  codeVersion: number;
  /** The text of the QR code: a URL that opens the mini-program's scan page. */
  qr: string;
  status: BinStatus;
  createdAt: string;
}

export interface CreateBinRequest {
  cellId: number;
  name: string;
  /** Leave out for a four-bin station: each drop then says its category. */
  category?: WasteCategory;
  /** GCJ-02. */
  lat: number;
  lng: number;
}

export type BinListQuery = PageQuery;

/** A card for a household without a phone; an inspector or collector scans it at a bin. */
export interface HouseholdCardResponse {
  id: number;
  cellId: number;
  holderName: string;
  code: string;
  codeVersion: number;
  qr: string;
  status: BinStatus;
  /** The card's own points. */
  balance: number;
  createdAt: string;
}

export interface CreateHouseholdCardRequest {
  /** As the manager writes it, e.g. 「3 排 5 号 李大爷」. */
  holderName: string;
}
