import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CardRedemptionRequest,
  type CardRedemptionResponse,
  type FulfilRequest,
  type FulfilResponse,
  REDEMPTION_STATUSES,
  type RedeemResponse,
  type RedemptionListQuery,
  type RedemptionRequest,
  type RedemptionResponse,
  type RedemptionStatus,
  type RewardRef,
  type ShopRef,
} from '@zerowaste/shared';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { Redemption } from '../redemption.entity';
import type { Reward } from '../reward.entity';
import type { Shop } from '../shop.entity';

export class RedemptionRequestDto implements RedemptionRequest {
  @ApiProperty({ description: 'An active reward from GET /api/rewards' })
  @IsInt()
  @Min(1)
  rewardId: number;
}

export class CardRedemptionDto implements CardRedemptionRequest {
  @ApiProperty({
    example: 'https://zw.example.cn/q/h/M4KQ7X2P.1.Xq3v9FZ0aLm2bT8c',
    description: "The household card's scanned QR text: its URL, WeChat's percent-encoded q value, or the bare token",
  })
  @IsString()
  @Length(1, 512)
  householdCard: string;

  @ApiProperty({ description: 'An active reward of your shop' })
  @IsInt()
  @Min(1)
  rewardId: number;
}

export class FulfilDto implements FulfilRequest {
  @ApiProperty({ example: 'K7QW-3MZP', description: 'Scanned or typed; case, spaces and dashes do not matter' })
  @IsString()
  @Length(1, 32)
  code: string;
}

export class RedemptionListQueryDto extends PageQueryDto implements RedemptionListQuery {
  @ApiPropertyOptional({ enum: REDEMPTION_STATUSES })
  @IsOptional()
  @IsIn(REDEMPTION_STATUSES)
  status?: RedemptionStatus;
}

export class RewardRefDto implements RewardRef {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '洗衣粉' })
  name: string;

  @ApiProperty({ example: 30 })
  cost: number;
}

export class ShopRefDto implements ShopRef {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '东三召村积分超市' })
  name: string;
}

/** A redemption loaded with its reward and shop, as the responses show it. */
export type LoadedRedemption = Redemption & { reward: Reward & { shop: Shop } };

/** Every field but the code, whose visibility differs between the answers. */
class RedemptionFieldsDto {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: REDEMPTION_STATUSES })
  status: RedemptionStatus;

  @ApiProperty({ example: 30, description: 'Points spent (refunded when cancelled or expired)' })
  cost: number;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  fulfilledAt: string | null;

  @ApiProperty({ type: RewardRefDto })
  reward: RewardRefDto;

  @ApiProperty({ type: ShopRefDto })
  shop: ShopRefDto;
}

export class RedemptionResponseDto extends RedemptionFieldsDto implements RedemptionResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'K7QW3MZP',
    description: 'The one-time code; only its holder sees it (null for a shopkeeper)',
  })
  code: string | null;

  static from(r: LoadedRedemption, showCode: boolean): RedemptionResponseDto {
    return {
      id: r.id,
      code: showCode ? r.code : null,
      status: r.status,
      cost: r.cost,
      expiresAt: r.expiresAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
      fulfilledAt: r.fulfilledAt ? r.fulfilledAt.toISOString() : null,
      // The cost paid, not the reward's current price, which a manager may have changed since.
      reward: { id: r.reward.id, name: r.reward.name, cost: r.cost },
      shop: { id: r.reward.shop.id, name: r.reward.shop.name },
    };
  }
}

export class RedeemResponseDto extends RedemptionFieldsDto implements RedeemResponse {
  @ApiProperty({ example: 'K7QW3MZP', description: 'The one-time code to show as a QR code at the shop' })
  code: string;

  @ApiProperty({ example: 12, description: 'The balance after this change' })
  balance: number;
}

export class FulfilResponseDto extends RedemptionFieldsDto implements FulfilResponse {
  @ApiProperty({ example: 'K7QW3MZP' })
  code: string;

  @ApiProperty({ example: '李大爷', description: 'Whom to hand the goods to' })
  holderNickname: string;
}

export class CardRedemptionResponseDto extends RedemptionFieldsDto implements CardRedemptionResponse {
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Always null: handed over at once' })
  code: null;

  @ApiProperty()
  householdCardId: number;

  @ApiProperty({ example: '3 排 5 号 李大爷', description: 'Whom to hand the goods to' })
  holderName: string;

  @ApiProperty({ example: 12, description: "The card's balance after this redemption" })
  balance: number;
}
