import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  IMAGE_UPLOAD_FIELD,
  IMAGES_PATH,
  type ImageUploadResponse,
  UPLOAD_IMAGE_KINDS,
  type UploadImageKind,
} from '@zerowaste/shared';
import type { FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { type EntityManager, In, Not, Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { CONFIG, type Config } from '../../config/config';
import { TransactionRunner } from '../../database/transaction-runner';
import { ImageEntity } from './image.entity';
import { readUploadedFile, type UploadedForm } from './uploaded-file';

export type ImageKind = 'avatar' | UploadImageKind;

/** How an image of a kind is sized: `cover` crops to exactly that size, `inside` only shrinks to fit. */
interface ImageShape {
  width: number;
  height: number;
  fit: 'cover' | 'inside';
}

/** How each kind of image is stored; a later feature (river photos, listings) adds its own line. */
const IMAGE_KINDS: Record<ImageKind, ImageShape> = {
  // A square crop, small enough for every list that shows faces.
  avatar: { width: 256, height: 256, fit: 'cover' },
  // Photos that prove something (a poster, a training session): sharp enough to read, never cropped.
  evidence: { width: 1600, height: 1600, fit: 'inside' },
  activity: { width: 1600, height: 1600, fit: 'inside' },
};

/** Formats we decode (checked from the bytes, never from the name or the declared type). */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'heif']);
const ACCEPTED_NAMES = 'JPEG, PNG, WebP, GIF or AVIF';

// A small file can claim a huge canvas (a decompression bomb): refuse it before decoding.
const MAX_INPUT_PIXELS = 40_000_000;

const JPEG_QUALITY = 82;

// Re-encoding is one pass per upload; libvips' operation cache would only hold memory.
sharp.cache(false);

/** A decoded, re-encoded image, ready to store: no metadata (EXIF, GPS) survives. */
export interface PreparedImage {
  kind: ImageKind;
  data: Buffer;
  mime: string;
  width: number;
  height: number;
  sha256: string;
}

function refuse(code: 'UNSUPPORTED_MEDIA_TYPE' | 'VALIDATION_FAILED', message: string): AppError {
  return new AppError(code, `${IMAGE_UPLOAD_FIELD}: ${message}`, [{ field: IMAGE_UPLOAD_FIELD, message }]);
}

function damaged(): AppError {
  return refuse(
    'VALIDATION_FAILED',
    'could not be decoded: the image is damaged, incomplete or in an unsupported encoding',
  );
}

@Injectable()
export class ImagesService {
  constructor(
    @InjectRepository(ImageEntity) private readonly images: Repository<ImageEntity>,
    @Inject(CONFIG) private readonly config: Config,
    private readonly tx: TransactionRunner,
  ) {}

  /** The uploaded file of a multipart request, within the configured size limit. */
  async readUpload(request: FastifyRequest): Promise<Buffer> {
    return (await this.readForm(request)).data;
  }

  /** The uploaded file with the text fields sent before it. */
  readForm(request: FastifyRequest): Promise<UploadedForm> {
    return readUploadedFile(request, this.config.app.uploadMaxBytes);
  }

  /**
   * `POST /api/images`: checks, re-encodes and stores a photo of an uploadable kind for the caller,
   * who may then name it in a record of theirs. The kind comes as a form field (before the file) or
   * in the query string.
   */
  async upload(
    ownerUserId: number,
    request: FastifyRequest,
    queryKind: string | undefined,
  ): Promise<ImageUploadResponse> {
    const { data, fields } = await this.readForm(request);
    const kind = uploadKind(fields.kind ?? queryKind);
    const image = await this.prepare(data, kind);
    const saved = await this.tx.run((em) => this.save(em, ownerUserId, image));
    return { id: saved.id, kind, url: saved.url, width: image.width, height: image.height };
  }

  /**
   * Refuses (400 naming `field`) ids that are not images of `kind` the user uploaded; a feature calls
   * it before it stores `imageIds`, so nobody attaches someone else's photo to their record.
   */
  async assertOwned(
    em: EntityManager,
    ownerUserId: number,
    ids: readonly string[],
    kind: UploadImageKind,
    field = 'imageIds',
  ): Promise<void> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return;
    const found = await em.find(ImageEntity, {
      where: { id: In(wanted), ownerUserId, kind },
      select: { id: true },
    });
    const mine = new Set(found.map((image) => image.id));
    const unknown = wanted.filter((id) => !mine.has(id));
    if (unknown.length) {
      throw AppError.invalidField(field, `no ${kind} photo ${unknown.join(', ')} uploaded by you (POST /api/images)`);
    }
  }

  /**
   * Decodes the upload, turns it upright, crops and sizes it for its kind and re-encodes it as JPEG.
   * Refuses (4xx, naming the field) anything that is not an image we accept. Writes nothing.
   */
  async prepare(input: Buffer, kind: ImageKind): Promise<PreparedImage> {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    let format: string | undefined;
    let pixels = 0;
    try {
      const meta = await image.metadata();
      format = meta.format;
      pixels = (meta.width ?? 0) * (meta.height ?? 0);
    } catch (error) {
      // libvips knows the format but cannot read on: a cut-off or damaged file of a kind we may take.
      if (/corrupt header|premature end/i.test((error as Error).message)) throw damaged();
      throw refuse('UNSUPPORTED_MEDIA_TYPE', `is not an image; send a ${ACCEPTED_NAMES} image`);
    }
    if (!format || !ACCEPTED_FORMATS.has(format)) {
      throw refuse('UNSUPPORTED_MEDIA_TYPE', `is a ${format ?? 'unknown'} file; send a ${ACCEPTED_NAMES} image`);
    }
    if (pixels > MAX_INPUT_PIXELS) {
      throw refuse('VALIDATION_FAILED', `the image must be at most ${MAX_INPUT_PIXELS / 1_000_000} megapixels`);
    }
    const { width, height, fit } = IMAGE_KINDS[kind];
    try {
      const { data, info } = await image
        .rotate() // apply the EXIF orientation before the metadata is dropped
        .resize(width, height, { fit, withoutEnlargement: fit === 'inside' })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      return {
        kind,
        data,
        mime: 'image/jpeg',
        width: info.width,
        height: info.height,
        sha256: createHash('sha256').update(data).digest('hex'),
      };
    } catch {
      throw damaged();
    }
  }

  /** Stores a prepared image in the caller's transaction; answers its id and the URL it is served at. */
  async save(
    em: EntityManager,
    ownerUserId: number | null,
    image: PreparedImage,
  ): Promise<{ id: string; url: string }> {
    // Hex, not base64: MySQL compares this column without regard to case.
    const id = randomBytes(16).toString('hex');
    await em.insert(ImageEntity, {
      id,
      kind: image.kind,
      sha256: image.sha256,
      mime: image.mime,
      bytes: image.data.length,
      width: image.width,
      height: image.height,
      data: image.data,
      ownerUserId,
    });
    return { id, url: `${IMAGES_PATH}/${id}` };
  }

  /** Deletes the owner's other images of a kind (a replaced avatar), in the caller's transaction. */
  async deleteOthers(em: EntityManager, ownerUserId: number, kind: ImageKind, keepId: string): Promise<void> {
    await em.delete(ImageEntity, { ownerUserId, kind, id: Not(keepId) });
  }

  /** One stored image, bytes included. */
  async find(id: string): Promise<ImageEntity> {
    const image = /^[0-9a-f]{32}$/.test(id) ? await this.images.findOne({ where: { id } }) : null;
    if (!image) throw AppError.notFound('Image');
    return image;
  }
}

function uploadKind(value: string | undefined): UploadImageKind {
  const kind = UPLOAD_IMAGE_KINDS.find((k) => k === value);
  if (!kind) {
    const message = `must be one of ${UPLOAD_IMAGE_KINDS.join(', ')}`;
    throw AppError.invalidField(
      'kind',
      value === undefined ? `is required (a form field before the file, or ?kind=): ${message}` : message,
    );
  }
  return kind;
}
