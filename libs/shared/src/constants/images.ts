/** The multipart/form-data field that carries an uploaded image. */
export const IMAGE_UPLOAD_FIELD = 'file';

/**
 * Where the API serves stored images. A URL the API returns under this path (an avatar, later a
 * photo) is relative to the API's origin: the client prefixes its API base to show it.
 */
export const IMAGES_PATH = '/api/images';

/**
 * The kinds a client may upload through `POST /api/images` (the avatar has its own route). A kind
 * decides how the photo is sized; a feature that attaches photos checks their kind.
 */
export const UPLOAD_IMAGE_KINDS = ['evidence', 'activity'] as const;
export type UploadImageKind = (typeof UPLOAD_IMAGE_KINDS)[number];

/** How many photos one record (an activity, a piece of evidence) may carry. */
export const MAX_IMAGES_PER_RECORD = 9;
