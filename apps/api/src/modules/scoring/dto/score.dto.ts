import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  ALERT_KINDS,
  type AlertKind,
  CELL_TYPES,
  type CellAlert,
  type CellRank,
  type CellScoreResponse,
  type CellType,
  GRADES,
  type Grade,
  type HomeCellScoreResponse,
  INDICATOR_RULES,
  type IndicatorEvidenceRef,
  type IndicatorRule,
  type IndicatorScore,
  MEASURE_UNITS,
  type MeasureUnit,
  type RecomputeScoresResponse,
  type ScoreRankingItem,
  type ScoreTrendItem,
  type ToFixItem,
} from '@zerowaste/shared';
import type { Cell } from '../../cells/cell.entity';
import type { CellScore } from '../cell-score.entity';
import type { ScoredCellRow } from '../score-reader';

export class IndicatorEvidenceRefDto implements IndicatorEvidenceRef {
  @ApiProperty()
  id: number;

  @ApiProperty()
  note: string;

  @ApiProperty({ type: [String] })
  imageIds: string[];
}

export class IndicatorScoreDto implements IndicatorScore {
  @ApiProperty({ example: 'participation' })
  key: string;

  @ApiProperty({ example: '参与率' })
  name: string;

  @ApiProperty({ example: 10 })
  weight: number;

  @ApiProperty({ example: 'participation_rate', description: 'A measure key, or `manual`' })
  source: string;

  @ApiProperty({ enum: INDICATOR_RULES })
  rule: IndicatorRule;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 72,
    description: 'null: a manual indicator without approved evidence',
  })
  raw: number | null;

  @ApiProperty({ type: String, enum: MEASURE_UNITS, nullable: true })
  unit: MeasureUnit | null;

  @ApiProperty({ type: Number, nullable: true, example: 80 })
  target: number | null;

  @ApiProperty({ example: 9 })
  points: number;

  @ApiPropertyOptional({
    type: IndicatorEvidenceRefDto,
    nullable: true,
    description: 'Manual indicators: the evidence used',
  })
  evidence?: IndicatorEvidenceRefDto | null;
}

export class CellRankDto implements CellRank {
  @ApiProperty({ example: 3 })
  inRegion: number;

  @ApiProperty({ example: 12 })
  ofInRegion: number;

  @ApiProperty({ example: 5 })
  inType: number;

  @ApiProperty({ example: 40 })
  ofInType: number;
}

export class ToFixItemDto implements ToFixItem {
  @ApiProperty({ example: 'participation' })
  key: string;

  @ApiProperty({ example: '参与率 72%，目标 80%，差 8 个百分点' })
  message: string;

  @ApiProperty({ example: 1 })
  lost: number;
}

/** What names a cell's score for a month, in every answer that shows one. */
class ScoredCellDto {
  @ApiProperty()
  cellId: number;

  @ApiProperty({ example: '幸福里小区' })
  cellName: string;

  @ApiProperty({ enum: CELL_TYPES })
  cellType: CellType;

  @ApiProperty({ example: '130502001' })
  regionCode: string;

  @ApiProperty({ example: '2026-11' })
  period: string;

  @ApiProperty({ example: 1 })
  rubricVersion: number;

  @ApiProperty({ example: 82.5 })
  total: number;

  @ApiProperty({ enum: GRADES })
  grade: Grade;
}

export class CellScoreDto extends ScoredCellDto implements CellScoreResponse {
  @ApiProperty({ type: [IndicatorScoreDto] })
  indicators: IndicatorScoreDto[];

  @ApiProperty({ type: CellRankDto })
  rank: CellRankDto;

  @ApiProperty({ type: [ToFixItemDto] })
  toFix: ToFixItemDto[];

  @ApiProperty({ format: 'date-time' })
  computedAt: string;

  static from(score: CellScore, cell: Cell, rank: CellRank, toFix: ToFixItem[]): CellScoreDto {
    return {
      cellId: score.cellId,
      cellName: cell.name,
      cellType: score.cellType,
      regionCode: cell.regionCode,
      period: score.period,
      rubricVersion: score.rubricVersion,
      total: score.total,
      grade: score.grade,
      indicators: score.indicators,
      rank,
      toFix,
      computedAt: score.computedAt.toISOString(),
    };
  }
}

export class ScoreTrendItemDto
  extends PickType(ScoredCellDto, ['period', 'rubricVersion', 'total', 'grade'] as const)
  implements ScoreTrendItem
{
  static from(score: CellScore): ScoreTrendItemDto {
    return { period: score.period, rubricVersion: score.rubricVersion, total: score.total, grade: score.grade };
  }
}

export class ScoreRankingItemDto extends ScoredCellDto implements ScoreRankingItem {
  @ApiProperty({ example: 1, description: 'Among the cells the region and type select; ties share a rank' })
  rank: number;

  @ApiProperty({ example: '西大街街道' })
  regionName: string;

  @ApiProperty({ type: Number, nullable: true, description: 'GCJ-02' })
  lat: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'GCJ-02' })
  lng: number | null;

  static from(row: ScoredCellRow): ScoreRankingItemDto {
    return {
      rank: row.rank,
      cellId: row.cellId,
      cellName: row.cellName,
      cellType: row.cellType,
      regionCode: row.regionCode,
      regionName: row.regionName,
      period: row.period,
      rubricVersion: row.rubricVersion,
      total: row.total,
      grade: row.grade,
      lat: row.lat,
      lng: row.lng,
    };
  }
}

export class RecomputeScoresResponseDto implements RecomputeScoresResponse {
  @ApiProperty({ example: '2026-11' })
  period: string;

  @ApiProperty({ example: 10 })
  scored: number;
}

export class HomeCellScoreDto
  extends PickType(ScoredCellDto, ['cellId', 'cellName', 'cellType', 'period', 'total', 'grade'] as const)
  implements HomeCellScoreResponse
{
  @ApiProperty({ type: CellRankDto })
  rank: CellRankDto;
}

export class CellAlertDto implements CellAlert {
  @ApiProperty({ enum: ALERT_KINDS })
  kind: AlertKind;

  @ApiProperty({ example: '3 号楼可回收物桶 近 30 天分类准确率 52%（低于 60%，已判定 25 次）' })
  message: string;

  @ApiPropertyOptional()
  binId?: number;

  @ApiPropertyOptional()
  binName?: string;

  @ApiPropertyOptional({ description: 'Percent 0–100 over the last 30 days' })
  accuracy?: number;

  @ApiPropertyOptional()
  judged?: number;

  @ApiPropertyOptional({ description: 'The months compared, oldest first, with participation in percent' })
  periods?: { period: string; participation: number }[];
}
