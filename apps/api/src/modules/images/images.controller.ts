import { Controller, Get, Headers, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { UPLOAD_IMAGE_KINDS } from '@zerowaste/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { ImageUploadFormDto, ImageUploadResponseDto } from './dto/image-upload.dto';
import { ImagesService } from './images.service';

@ApiTags('images')
@Controller('images')
export class ImagesController {
  constructor(private readonly images: ImagesService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Upload a photo (evidence, an activity) to name by id in a record of yours',
    description:
      'multipart/form-data with `kind` and then the image in `file` (or `?kind=`). The image is checked by its ' +
      'content, turned upright, stripped of EXIF (GPS) data, shrunk to fit 1600×1600 and stored as JPEG. Only ' +
      'its uploader may attach it (`imageIds`) to a record.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImageUploadFormDto })
  @ApiQuery({ name: 'kind', required: false, enum: UPLOAD_IMAGE_KINDS })
  @ApiCreatedResponse({ type: ImageUploadResponseDto })
  @ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE')
  upload(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Query('kind') kind: string | undefined,
  ): Promise<ImageUploadResponseDto> {
    return this.images.upload(caller.userId, request, kind);
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary: 'A stored image (an avatar, a photo): its bytes never change, so it may be cached for ever',
  })
  @ApiProduces('image/jpeg')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched the ETag)' })
  @ApiErrors('NOT_FOUND')
  async get(
    @Param('id') id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    const image = await this.images.find(id);
    const etag = `"${image.sha256}"`;
    void reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      void reply.status(304);
      return undefined;
    }
    return new StreamableFile(image.data, { type: image.mime, length: image.data.length });
  }
}
