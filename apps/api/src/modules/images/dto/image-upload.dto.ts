import { ApiProperty } from '@nestjs/swagger';

/** The multipart/form-data body of an image upload (documentation only: the route reads the stream). */
export class ImageUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'A JPEG, PNG, WebP, GIF or AVIF image of at most UPLOAD_MAX_BYTES (5 MB by default)',
  })
  file: unknown;
}
