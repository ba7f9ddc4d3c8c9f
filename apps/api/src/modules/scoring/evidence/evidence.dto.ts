import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateEvidenceRequest,
  EVIDENCE_STATUSES,
  type EvidenceListQuery,
  type EvidenceResponse,
  type EvidenceStatus,
  IMAGES_PATH,
  MAX_IMAGES_PER_RECORD,
  type RejectEvidenceRequest,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trim } from '../../../common/validation/transforms';
import { IsPeriod } from '../dto/score-query.dto';
import type { Evidence } from './evidence.entity';

export class CreateEvidenceDto implements CreateEvidenceRequest {
  @ApiProperty({ example: 'village_rules', description: "A manual indicator of the cell's rubric" })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'must be an indicator key' })
  indicatorKey: string;

  @ApiProperty({ example: '2026-11' })
  @IsPeriod()
  period: string;

  @ApiProperty({
    example: 1,
    description: 'yes/no: 1 or 0; deductions: failed checks; a rate: percent 0–100',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1_000_000)
  value: number;

  @ApiProperty({ example: '村民代表大会通过，已张贴于村委会公告栏', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  note: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_IMAGES_PER_RECORD,
    description: 'Photos you uploaded (kind evidence)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IMAGES_PER_RECORD)
  @IsString({ each: true })
  @Length(1, 32, { each: true })
  imageIds?: string[];
}

export class EvidenceQueryDto extends PageQueryDto implements EvidenceListQuery {
  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @IsPeriod()
  period?: string;

  @ApiPropertyOptional({ enum: EVIDENCE_STATUSES })
  @IsOptional()
  @IsIn(EVIDENCE_STATUSES)
  status?: EvidenceStatus;
}

export class RejectEvidenceDto implements RejectEvidenceRequest {
  @ApiProperty({ example: '照片看不清公告栏内容，请补拍', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class EvidenceDto implements EvidenceResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ example: '东三召村' })
  cellName: string;

  @ApiProperty({ example: 'village_rules' })
  indicatorKey: string;

  @ApiProperty({ example: '村规民约' })
  indicatorName: string;

  @ApiProperty({ example: '2026-11' })
  period: string;

  @ApiProperty({ example: 1 })
  value: number;

  @ApiProperty()
  note: string;

  @ApiProperty({ type: [String] })
  imageIds: string[];

  @ApiProperty({ type: [String], example: ['/api/images/3f9c0d2a4b6e8f1a'] })
  imageUrls: string[];

  @ApiProperty({ enum: EVIDENCE_STATUSES })
  status: EvidenceStatus;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty()
  submittedByUserId: number;

  @ApiProperty({ type: Number, nullable: true })
  reviewedByUserId: number | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  reviewedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(evidence: Evidence, cellName: string, indicatorName: string): EvidenceDto {
    return {
      id: evidence.id,
      cellId: evidence.cellId,
      cellName,
      indicatorKey: evidence.indicatorKey,
      indicatorName,
      period: evidence.period,
      value: evidence.value,
      note: evidence.note,
      imageIds: evidence.imageIds,
      imageUrls: evidence.imageIds.map((id) => `${IMAGES_PATH}/${id}`),
      status: evidence.status,
      reason: evidence.reason,
      submittedByUserId: evidence.submittedByUserId,
      reviewedByUserId: evidence.reviewedByUserId,
      reviewedAt: evidence.reviewedAt?.toISOString() ?? null,
      createdAt: evidence.createdAt.toISOString(),
    };
  }
}
