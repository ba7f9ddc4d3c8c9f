import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BatchVerdictRequest,
  type BatchVerdictResponse,
  DROP_VERDICT_FILTERS,
  DROP_VERDICTS,
  type DropRequest,
  type DropResponse,
  type DropSummary,
  type DropVerdict,
  type DropVerdictFilter,
  type DropWho,
  type InspectorDropQuery,
  type InspectorDropResponse,
  MAX_BATCH_VERDICT,
  type VerdictRequest,
  type VerdictResponse,
  WASTE_CATEGORIES,
  type WasteCategory,
} from '@zerowaste/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { IdFilter } from '../../../common/decorators/id-filter.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { Drop } from '../drop.entity';

export class DropDto implements DropRequest {
  @ApiProperty({
    example: 'https://zw.example.cn/q/b/K7XQ4M2P.1.Xq3v9FZ0aLm2bT8c',
    description: "The scanned text of the bin's label: its URL, WeChat's percent-encoded q value, or the bare token",
  })
  @IsString()
  @Length(1, 512)
  qr: string;

  @ApiPropertyOptional({ enum: WASTE_CATEGORIES, description: 'Required at a four-bin station' })
  @IsOptional()
  @IsIn(WASTE_CATEGORIES)
  category?: WasteCategory;

  @ApiPropertyOptional({
    description: "A household card's scanned QR text: the points go to the card (inspectors, collectors, admins)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  householdCard?: string;
}

export class DropSummaryDto implements DropSummary {
  @ApiProperty()
  id: number;

  @ApiProperty()
  binId: number;

  @ApiProperty({ example: '3 号楼东侧分类站' })
  binName: string;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ enum: WASTE_CATEGORIES })
  category: WasteCategory;

  @ApiProperty({ example: 2 })
  awarded: number;

  @ApiProperty({ type: Number, nullable: true })
  householdCardId: number | null;

  @ApiProperty({ enum: DROP_VERDICTS, nullable: true })
  verdict: DropVerdict | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(drop: Drop, binName: string): DropSummaryDto {
    return {
      id: drop.id,
      binId: drop.binId,
      binName,
      cellId: drop.cellId,
      category: drop.category,
      awarded: drop.awarded,
      householdCardId: drop.householdCardId,
      verdict: drop.verdict,
      createdAt: drop.createdAt.toISOString(),
    };
  }
}

export class DropResultDto implements DropResponse {
  @ApiProperty({ type: DropSummaryDto })
  drop: DropSummaryDto;

  @ApiProperty({ example: 2, description: 'Less than the base points on the drop that reaches the daily cap' })
  awarded: number;

  @ApiProperty({ example: 42, description: "The credited account's balance (the card's, for a card drop)" })
  balance: number;
}

export class DropWhoDto implements DropWho {
  @ApiProperty({ enum: ['user', 'household'] })
  kind: 'user' | 'household';

  @ApiProperty({ example: '张阿姨', description: 'A nickname, or the household card holder' })
  name: string;
}

export class InspectorDropDto extends DropSummaryDto implements InspectorDropResponse {
  @ApiProperty({ type: DropWhoDto })
  who: DropWhoDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  verdictAt: string | null;
}

export class InspectorDropQueryDto extends PageQueryDto implements InspectorDropQuery {
  @IdFilter('Required for inspectors')
  cellId?: number;

  @ApiPropertyOptional({ enum: DROP_VERDICT_FILTERS, description: '`pending`: not judged yet' })
  @IsOptional()
  @IsIn(DROP_VERDICT_FILTERS)
  verdict?: DropVerdictFilter;
}

export class VerdictDto implements VerdictRequest {
  @ApiProperty({ enum: DROP_VERDICTS })
  @IsIn(DROP_VERDICTS)
  verdict: DropVerdict;
}

export class VerdictResultDto implements VerdictResponse {
  @ApiProperty({ type: InspectorDropDto })
  drop: InspectorDropDto;

  @ApiProperty({ example: 1, description: 'Points added for a correct drop' })
  bonus: number;
}

export class BatchVerdictDto implements BatchVerdictRequest {
  @ApiProperty({ type: [Number], maxItems: MAX_BATCH_VERDICT, example: [101, 102, 105] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_VERDICT)
  @IsInt({ each: true })
  @Min(1, { each: true })
  dropIds: number[];

  @ApiProperty({ enum: ['correct'] })
  @IsIn(['correct'])
  verdict: 'correct';
}

export class BatchVerdictResultDto implements BatchVerdictResponse {
  @ApiProperty({ type: [Number], description: 'Judged now' })
  judged: number[];

  @ApiProperty({ type: [Number], description: 'Already judged, your own, or not at the bins of your cells' })
  skipped: number[];
}
