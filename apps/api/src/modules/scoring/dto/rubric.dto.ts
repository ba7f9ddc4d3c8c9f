import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CELL_TYPES,
  type CellType,
  GRADES,
  type Grade,
  INDICATOR_RULES,
  type IndicatorRule,
  MEASURE_UNITS,
  type MeasureUnit,
  type RubricGrade,
  type RubricIndicator,
  type RubricResponse,
} from '@zerowaste/shared';

export class RubricGradeDto implements RubricGrade {
  @ApiProperty({ enum: GRADES })
  grade: Grade;

  @ApiProperty({ example: 90 })
  min: number;
}

export class RubricIndicatorDto implements RubricIndicator {
  @ApiProperty({ example: 'village_rules' })
  key: string;

  @ApiProperty({ example: '村规民约' })
  name: string;

  @ApiProperty({ example: 10 })
  weight: number;

  @ApiProperty({ example: 'manual', description: 'A measure key, or `manual` (evidence)' })
  source: string;

  @ApiProperty({ enum: INDICATOR_RULES })
  rule: IndicatorRule;

  @ApiPropertyOptional()
  target?: number;

  @ApiPropertyOptional()
  deduct?: number;

  @ApiPropertyOptional()
  step?: number;

  @ApiPropertyOptional()
  perCheck?: number;

  @ApiPropertyOptional({ type: [String] })
  checks?: string[];

  @ApiPropertyOptional()
  description?: string;
}

export class RubricDto implements RubricResponse {
  @ApiProperty({ enum: CELL_TYPES })
  cellType: CellType;

  @ApiProperty({ example: '无废乡村评价细则' })
  title: string;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ type: [RubricGradeDto] })
  grades: RubricGradeDto[];

  @ApiProperty({ type: [RubricIndicatorDto] })
  indicators: RubricIndicatorDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...MEASURE_UNITS] },
    example: { participation_rate: 'percent' },
  })
  units: Record<string, MeasureUnit>;
}
