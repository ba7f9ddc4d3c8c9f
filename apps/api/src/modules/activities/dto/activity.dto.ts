import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type ActivityListQuery,
  type ActivityResponse,
  type CreateActivityRequest,
  IMAGES_PATH,
  MAX_IMAGES_PER_RECORD,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trim } from '../../../common/validation/transforms';
import type { CellActivity } from '../activity.entity';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = (field: string) => `${field} must be a date YYYY-MM-DD`;

export class CreateActivityDto implements CreateActivityRequest {
  @ApiProperty({ enum: ACTIVITY_KINDS, description: '宣传活动, 入户指导, 光盘行动, 跳蚤市场, 清洁行动, 培训' })
  @IsIn(ACTIVITY_KINDS)
  kind: ActivityKind;

  @ApiProperty({ example: '2026-11-15', description: 'The day it took place (China), not in the future' })
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE('date') })
  date: string;

  @ApiProperty({ example: '垃圾分类进楼栋宣传日', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiProperty({ example: 45, description: 'People who took part' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  attendance: number;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_IMAGES_PER_RECORD,
    description: 'Photos you uploaded with POST /api/images (kind `activity`)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IMAGES_PER_RECORD)
  @IsString({ each: true })
  @Matches(/^[0-9a-f]{32}$/, { each: true, message: 'each of imageIds must be an image id' })
  imageIds?: string[];
}

export class ActivityListQueryDto extends PageQueryDto implements ActivityListQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('to') })
  to?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_KINDS })
  @IsOptional()
  @IsIn(ACTIVITY_KINDS)
  kind?: ActivityKind;
}

export class ActivityDto implements ActivityResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ enum: ACTIVITY_KINDS })
  kind: ActivityKind;

  @ApiProperty({ example: '2026-11-15' })
  date: string;

  @ApiProperty({ example: '垃圾分类进楼栋宣传日' })
  title: string;

  @ApiProperty({ example: 45 })
  attendance: number;

  @ApiProperty({ type: [String] })
  imageIds: string[];

  @ApiProperty({ type: [String], example: ['/api/images/3f2a9c0d1e4b5a69788776655443322a'] })
  imageUrls: string[];

  @ApiProperty()
  recordedByUserId: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(activity: CellActivity): ActivityDto {
    return {
      id: activity.id,
      cellId: activity.cellId,
      kind: activity.kind,
      date: activity.date,
      title: activity.title,
      attendance: activity.attendance,
      imageIds: activity.imageIds,
      imageUrls: activity.imageIds.map((id) => `${IMAGES_PATH}/${id}`),
      recordedByUserId: activity.recordedByUserId,
      createdAt: activity.createdAt.toISOString(),
    };
  }
}
