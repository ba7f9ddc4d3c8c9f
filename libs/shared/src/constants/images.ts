/** The multipart/form-data field that carries an uploaded image. */
export const IMAGE_UPLOAD_FIELD = 'file';

/**
 * Where the API serves stored images. A URL the API returns under this path (an avatar, later a
 * photo) is relative to the API's origin: the client prefixes its API base to show it.
 */
export const IMAGES_PATH = '/api/images';
