import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BalanceResponse,
  LEDGER_KINDS,
  type LedgerEntryResponse,
  type LedgerKind,
  type PointsAdjustmentRequest,
} from '@zerowaste/shared';
import { IsInt, IsString, Length, Max, Min, NotEquals } from 'class-validator';
import type { LedgerEntry } from '../ledger-entry.entity';

export class BalanceDto implements BalanceResponse {
  @ApiProperty({ example: 42 })
  balance: number;
}

export class LedgerEntryDto implements LedgerEntryResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: LEDGER_KINDS })
  kind: LedgerKind;

  @ApiProperty({ description: 'Positive earns, negative spends', example: 2 })
  amount: number;

  @ApiProperty({ example: 44 })
  balanceAfter: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'drop' })
  refType: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  refId: number | null;

  @ApiProperty({ example: '' })
  note: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(entry: LedgerEntry): LedgerEntryDto {
    return {
      id: entry.id,
      kind: entry.kind,
      amount: entry.amount,
      balanceAfter: entry.balanceAfter,
      refType: entry.refType,
      refId: entry.refId,
      note: entry.note,
      createdAt: entry.createdAt.toISOString(),
    };
  }
}

export class PointsAdjustmentDto implements PointsAdjustmentRequest {
  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  userId: number;

  @ApiProperty({ example: -5, description: 'Non-zero; negative takes points away (never below zero)' })
  @IsInt()
  @NotEquals(0)
  @Min(-100_000)
  @Max(100_000)
  amount: number;

  @ApiProperty({ example: '补录 11 月 3 日的投放积分' })
  @IsString()
  @Length(2, 200)
  reason: string;
}
