import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import type { CreateRewardRequest, RewardListQuery, RewardResponse, UpdateRewardRequest } from '@zerowaste/shared';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IdFilter } from '../../../common/decorators/id-filter.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { Reward } from '../reward.entity';

export const MAX_REWARD_COST = 100_000;
export const MAX_REWARD_STOCK = 100_000;

export class CreateRewardDto implements CreateRewardRequest {
  @ApiProperty({ example: '洗衣粉', maxLength: 64 })
  @IsString()
  @Length(1, 64)
  @Matches(/^[^\p{Cc}]*$/u, { message: 'name must not contain control characters' })
  name: string;

  @ApiProperty({ minimum: 1, maximum: MAX_REWARD_COST, example: 30, description: 'Points per unit' })
  @IsInt()
  @Min(1)
  @Max(MAX_REWARD_COST)
  cost: number;

  @ApiProperty({ minimum: 0, maximum: MAX_REWARD_STOCK, example: 40 })
  @IsInt()
  @Min(0)
  @Max(MAX_REWARD_STOCK)
  stock: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 512, example: 'https://img.example.cn/soap.jpg' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'photoUrl must be an https URL' })
  @Length(1, 512)
  photoUrl?: string | null;
}

export class UpdateRewardDto extends PartialType(CreateRewardDto) implements UpdateRewardRequest {
  @ApiPropertyOptional({ description: 'An inactive reward is hidden and cannot be redeemed' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class RewardListQueryDto extends PageQueryDto implements RewardListQuery {
  @IdFilter('Only the rewards of this shop')
  shopId?: number;
}

export class RewardResponseDto implements RewardResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  shopId: number;

  @ApiProperty({ example: '洗衣粉' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  photoUrl: string | null;

  @ApiProperty({ example: 30 })
  cost: number;

  @ApiProperty({ example: 40 })
  stock: number;

  @ApiProperty()
  active: boolean;

  static from(reward: Reward): RewardResponseDto {
    return {
      id: reward.id,
      shopId: reward.shopId,
      name: reward.name,
      photoUrl: reward.photoUrl,
      cost: reward.cost,
      stock: reward.stock,
      active: reward.active,
    };
  }
}
