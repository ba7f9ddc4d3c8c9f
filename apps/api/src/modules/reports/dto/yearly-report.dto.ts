import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REPORT_TEXT_MAX,
  type YearlyReportNotesRequest,
  type YearlyReportNotesResponse,
  type YearlyReportQuery,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { toInt } from '../../../common/validation/transforms';
import type { YearlyReportNote } from '../yearly-report-note.entity';

const REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
const REGION_MESSAGE = 'regionCode must be a 6, 9 or 12 digit region code';
const trimText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class YearlyReportQueryDto implements YearlyReportQuery {
  @ApiPropertyOptional({ description: 'A cell (its manager, or an admin)', example: 3 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  cellId?: number;

  @ApiPropertyOptional({ description: 'A district or the city (an admin)', example: '130502' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_MESSAGE })
  regionCode?: string;
}

export class YearlyReportNotesDto implements YearlyReportNotesRequest {
  @ApiPropertyOptional({ description: 'A cell you manage (or any, for an admin)', example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  cellId?: number;

  @ApiPropertyOptional({ description: 'A district or the city (an admin)', example: '130502' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE, { message: REGION_MESSAGE })
  regionCode?: string;

  @ApiPropertyOptional({ description: '总体情况', maxLength: REPORT_TEXT_MAX })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  overview?: string;

  @ApiPropertyOptional({ description: '主要做法和成效', maxLength: REPORT_TEXT_MAX })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  practices?: string;

  @ApiPropertyOptional({ description: '存在的问题及建议', maxLength: REPORT_TEXT_MAX })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  problems?: string;
}

export class YearlyReportNotesResponseDto implements YearlyReportNotesResponse {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ nullable: true, type: Number })
  cellId: number | null;

  @ApiProperty({ nullable: true, type: String })
  regionCode: string | null;

  @ApiProperty({ description: '总体情况' })
  overview: string;

  @ApiProperty({ description: '主要做法和成效' })
  practices: string;

  @ApiProperty({ description: '存在的问题及建议' })
  problems: string;

  @ApiProperty({ nullable: true, type: Number })
  updatedByUserId: number | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  updatedAt: string | null;

  static from(
    year: number,
    subject: { cellId: number | null; regionCode: string | null },
    note: YearlyReportNote | null,
  ) {
    return {
      year,
      cellId: subject.cellId,
      regionCode: subject.regionCode,
      overview: note?.overview ?? '',
      practices: note?.practices ?? '',
      problems: note?.problems ?? '',
      updatedByUserId: note?.updatedByUserId ?? null,
      updatedAt: note ? note.updatedAt.toISOString() : null,
    } satisfies YearlyReportNotesResponse;
  }
}
