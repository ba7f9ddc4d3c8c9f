import type { UploadImageKind } from '../constants/images';

/** The answer to `POST /api/images`: the stored photo, to be named by id in the record it belongs to. */
export interface ImageUploadResponse {
  /** Name it in `imageIds` of the record the photo belongs to; only its uploader may. */
  id: string;
  kind: UploadImageKind;
  /** Relative to the API's origin (under IMAGES_PATH). */
  url: string;
  width: number;
  height: number;
}
