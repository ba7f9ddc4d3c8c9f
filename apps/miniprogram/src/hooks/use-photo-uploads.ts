import Taro from '@tarojs/taro';
import { type ImageUploadResponse, MAX_IMAGES_PER_RECORD } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { messageOf } from '../services/http';

export interface UploadedPhoto {
  /** Name it in the record's `imageIds`. */
  id: string;
  /** Relative to the API's origin. */
  url: string;
}

export interface PhotoUploads {
  photos: UploadedPhoto[];
  uploading: boolean;
  /** Chinese message of the last failed upload, or null. */
  error: string | null;
  /** Opens the album or camera and uploads what was chosen, one photo after another. */
  pick: () => Promise<void>;
  remove: (index: number) => void;
}

/**
 * Photos for a record (evidence, a pickup): chosen with chooseImage, uploaded at once through
 * `POST /api/images` (`upload`), so the form only sends their ids.
 */
export function usePhotoUploads(
  upload: (filePath: string) => Promise<ImageUploadResponse>,
  max = MAX_IMAGES_PER_RECORD,
): PhotoUploads {
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = useCallback(async () => {
    let chosen: Taro.chooseImage.SuccessCallbackResult;
    try {
      chosen = await Taro.chooseImage({
        count: Math.max(1, max - photos.length),
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
    } catch {
      return; // Closing the picker is not an error.
    }
    setUploading(true);
    setError(null);
    try {
      for (const path of chosen.tempFilePaths) {
        const uploaded = await upload(path);
        setPhotos((previous) => [...previous, { id: uploaded.id, url: uploaded.url }]);
      }
    } catch (e) {
      setError(`照片没有传上去：${messageOf(e)}`);
    } finally {
      setUploading(false);
    }
  }, [upload, max, photos.length]);

  const remove = useCallback((index: number) => {
    setPhotos((previous) => previous.filter((_, at) => at !== index));
  }, []);

  return { photos, uploading, error, pick, remove };
}
