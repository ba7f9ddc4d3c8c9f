import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CELL_TYPES,
  type CellType,
  GRADES,
  type Grade,
  PERIOD_PATTERN,
  type RecomputeScoresRequest,
  type ScoreRankingQuery,
  type ScoreTrendQuery,
} from '@zerowaste/shared';
import { IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

const PERIOD_MESSAGE = 'must be a month as YYYY-MM';

/** A `YYYY-MM` month, validated. */
export const IsPeriod = () => Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE });

export class TrendQueryDto extends PageQueryDto implements ScoreTrendQuery {
  @ApiPropertyOptional({
    example: '2026-01',
    description: 'First month, inclusive (default: eleven months before `to`)',
  })
  @IsOptional()
  @IsPeriod()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'Last month, inclusive (default: the last month)' })
  @IsOptional()
  @IsPeriod()
  to?: string;
}

export class RankingQueryDto extends PageQueryDto implements ScoreRankingQuery {
  @ApiProperty({ example: '2026-11' })
  @IsPeriod()
  period: string;

  @ApiPropertyOptional({ example: '130502', description: "The cell's region or any region above it" })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'must be a GB/T 2260 region code (6, 9 or 12 digits)' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: CELL_TYPES })
  @IsOptional()
  @IsIn(CELL_TYPES)
  type?: CellType;

  @ApiPropertyOptional({ enum: GRADES })
  @IsOptional()
  @IsIn(GRADES)
  grade?: Grade;
}

export class RecomputeScoresDto implements RecomputeScoresRequest {
  @ApiProperty({ example: '2026-11' })
  @IsPeriod()
  period: string;

  @ApiPropertyOptional({ description: 'One cell; every cell when left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  cellId?: number;
}
