import { ApiProperty } from '@nestjs/swagger';
import {
  BIN_STATUSES,
  type BinStatus,
  type CreateHouseholdCardRequest,
  type HouseholdCardResponse,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import type { HouseholdCard } from '../household-card.entity';

export class CreateHouseholdCardDto implements CreateHouseholdCardRequest {
  @ApiProperty({ example: '3 排 5 号 李大爷', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  holderName: string;
}

export class HouseholdCardDto implements HouseholdCardResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ example: '3 排 5 号 李大爷' })
  holderName: string;

  @ApiProperty({ example: 'M4KQ7X2P' })
  code: string;

  @ApiProperty({ example: 1 })
  codeVersion: number;

  @ApiProperty({ example: 'https://zw.example.cn/q/h/M4KQ7X2P.1.Xq3v9FZ0aLm2bT8c' })
  qr: string;

  @ApiProperty({ enum: BIN_STATUSES })
  status: BinStatus;

  @ApiProperty({ description: "The card's points" })
  balance: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(card: HouseholdCard, qr: string, balance: number): HouseholdCardDto {
    return {
      id: card.id,
      cellId: card.cellId,
      holderName: card.holderName,
      code: card.code,
      codeVersion: card.codeVersion,
      qr,
      status: card.status,
      balance,
      createdAt: card.createdAt.toISOString(),
    };
  }
}
