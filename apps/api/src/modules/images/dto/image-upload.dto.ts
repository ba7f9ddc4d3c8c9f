import { ApiProperty } from '@nestjs/swagger';
import { type ImageUploadResponse, UPLOAD_IMAGE_KINDS, type UploadImageKind } from '@zerowaste/shared';

/** The multipart/form-data body of an image upload (documentation only: the route reads the stream). */
export class ImageUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'A JPEG, PNG, WebP, GIF or AVIF image of at most UPLOAD_MAX_BYTES (5 MB by default)',
  })
  file: unknown;
}

/** The multipart/form-data body of `POST /api/images` (documentation only). */
export class ImageUploadFormDto extends ImageUploadDto {
  @ApiProperty({ enum: UPLOAD_IMAGE_KINDS, description: 'Send it before `file` (or as `?kind=`)' })
  kind: UploadImageKind;
}

export class ImageUploadResponseDto implements ImageUploadResponse {
  @ApiProperty({ example: '3f2a9c0d1e4b5a69788776655443322a' })
  id: string;

  @ApiProperty({ enum: UPLOAD_IMAGE_KINDS })
  kind: UploadImageKind;

  @ApiProperty({ example: '/api/images/3f2a9c0d1e4b5a69788776655443322a' })
  url: string;

  @ApiProperty({ example: 1600 })
  width: number;

  @ApiProperty({ example: 1200 })
  height: number;
}
