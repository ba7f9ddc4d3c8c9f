import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignedPickupsQuery,
  type AssignPickupRequest,
  type BookedPickupResponse,
  type CompletePickupRequest,
  type CompletePickupResponse,
  type CreatePickupRequest,
  type MissedPickupRequest,
  PICKUP_CATEGORIES,
  PICKUP_STATUSES,
  PICKUP_SUBSCRIBE_TOPICS,
  type PickupAddress,
  type PickupCategory,
  type PickupItem,
  type PickupListQuery,
  type PickupResponse,
  type PickupSlotsQuery,
  type PickupStatus,
  type PickupSubscribeTopic,
  type PickupWeight,
  type RatePickupRequest,
  type RecyclingSummaryResponse,
} from '@zerowaste/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Latitude, Longitude } from '../../../common/validation/geo';
import { toInt, trim } from '../../../common/validation/transforms';
import { CollectorRefDto, PickupSlotResponseDto } from './pickup-area.dto';

/** The hard ceiling of one item's kg; `pickup.maxKgPerItem` in config/points.json is checked below it. */
const KG_CEILING = 10_000;
const kg = () => IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 });

export class PickupItemDto implements PickupItem {
  @ApiProperty({ enum: PICKUP_CATEGORIES })
  @IsIn(PICKUP_CATEGORIES)
  category: PickupCategory;

  @ApiProperty({ example: 8.5, minimum: 0.1, maximum: KG_CEILING, description: 'kg, up to pickup.maxKgPerItem' })
  @kg()
  @Min(0.1)
  @Max(KG_CEILING)
  estimatedKg: number;
}

export class PickupAddressDto implements PickupAddress {
  @ApiProperty({ example: '幸福里小区3号楼2单元501' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  text: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -90, maximum: 90 })
  @IsOptional()
  @Latitude()
  lat?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -180, maximum: 180 })
  @IsOptional()
  @Longitude()
  lng?: number | null;
}

const MOBILE = /^1[3-9]\d{9}$/;

export class CreatePickupDto implements CreatePickupRequest {
  @ApiProperty({ description: 'A slot from GET /api/pickups/slots' })
  @IsInt()
  @Min(1)
  slotId: number;

  @ApiProperty({ type: [PickupItemDto], minItems: 1, maxItems: 20 })
  @ValidateNested({ each: true })
  @Type(() => PickupItemDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  items: PickupItemDto[];

  @ApiProperty({ type: PickupAddressDto })
  // ValidateNested alone lets a missing object through to the service.
  @IsObject()
  @ValidateNested()
  @Type(() => PickupAddressDto)
  address: PickupAddressDto;

  @ApiProperty({ example: '13812345678', pattern: MOBILE.source, description: 'A mainland mobile number' })
  @IsString()
  @Matches(MOBILE, { message: 'phone must be a mainland mobile number (11 digits starting with 1)' })
  phone: string;

  @ApiPropertyOptional({ maxLength: 200, example: '旧报纸两捆，放在门口' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  note?: string;

  @ApiPropertyOptional({ enum: PICKUP_SUBSCRIBE_TOPICS, isArray: true, maxItems: PICKUP_SUBSCRIBE_TOPICS.length })
  @IsOptional()
  @IsIn(PICKUP_SUBSCRIBE_TOPICS, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(PICKUP_SUBSCRIBE_TOPICS.length)
  subscribe?: PickupSubscribeTopic[];
}

export class PickupSlotsQueryDto implements PickupSlotsQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 31, default: 7 })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(31)
  days = 7;

  @ApiPropertyOptional({ type: 'integer', description: 'Staff: an area other than your home cell’s' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  areaId?: number;
}

export class PickupListQueryDto extends PageQueryDto implements PickupListQuery {
  @ApiPropertyOptional({ enum: PICKUP_STATUSES })
  @IsOptional()
  @IsIn(PICKUP_STATUSES)
  status?: PickupStatus;
}

export class PickupAreaListQueryDto extends PageQueryDto {}

export class AssignedPickupsQueryDto extends PageQueryDto implements AssignedPickupsQuery {
  @ApiPropertyOptional({ example: '2026-12-03', description: 'China time; today by default' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be YYYY-MM-DD' })
  date?: string;
}

export class AssignPickupDto implements AssignPickupRequest {
  @ApiProperty({ description: 'A collector of the booking’s area' })
  @IsInt()
  @Min(1)
  collectorUserId: number;
}

export class MissedPickupDto implements MissedPickupRequest {
  @ApiProperty({ example: '家中无人' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class PickupWeightDto implements PickupWeight {
  @ApiProperty({ enum: PICKUP_CATEGORIES })
  @IsIn(PICKUP_CATEGORIES)
  category: PickupCategory;

  @ApiProperty({ example: 7.35, minimum: 0.01, maximum: KG_CEILING, description: 'kg, up to pickup.maxKgPerItem' })
  @kg()
  @Min(0.01)
  @Max(KG_CEILING)
  kg: number;
}

export class CompletePickupDto implements CompletePickupRequest {
  @ApiProperty({ type: [PickupWeightDto], minItems: 1, maxItems: 20 })
  @ValidateNested({ each: true })
  @Type(() => PickupWeightDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  weights: PickupWeightDto[];

  @ApiPropertyOptional({ type: [String], maxItems: 9, description: 'Photos you uploaded (kind evidence)' })
  @IsOptional()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  @ArrayMaxSize(9)
  imageIds?: string[];
}

export class RatePickupDto implements RatePickupRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  stars: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  comment?: string;
}

export class PickupRatingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  stars: number;

  @ApiProperty()
  comment: string;
}

/** The address as shown: in full to the owner and the collector, cut to the building (no coordinates) to others. */
export class PickupAddressResponseDto implements PickupAddress {
  @ApiProperty({ example: '幸福里小区3号楼2单元501' })
  text: string;

  @ApiProperty({ type: Number, nullable: true })
  lat: number | null;

  @ApiProperty({ type: Number, nullable: true })
  lng: number | null;
}

export class PickupItemResponseDto implements PickupItem {
  @ApiProperty({ enum: PICKUP_CATEGORIES })
  category: PickupCategory;

  @ApiProperty()
  estimatedKg: number;
}

export class PickupWeightResponseDto implements PickupWeight {
  @ApiProperty({ enum: PICKUP_CATEGORIES })
  category: PickupCategory;

  @ApiProperty()
  kg: number;
}

export class PickupResponseDto implements PickupResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: PICKUP_STATUSES })
  status: PickupStatus;

  @ApiProperty()
  areaId: number;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ type: PickupSlotResponseDto })
  slot: PickupSlotResponseDto;

  @ApiProperty({ type: [PickupItemResponseDto] })
  items: PickupItemResponseDto[];

  @ApiProperty({ type: PickupAddressResponseDto })
  address: PickupAddressResponseDto;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '138****5678',
    description: 'Masked unless you own it or collect it',
  })
  phone: string | null;

  @ApiProperty()
  note: string;

  @ApiProperty({ enum: PICKUP_SUBSCRIBE_TOPICS, isArray: true })
  subscribe: PickupSubscribeTopic[];

  @ApiProperty({ type: CollectorRefDto, nullable: true })
  collector: CollectorRefDto | null;

  @ApiProperty({ type: [PickupWeightResponseDto], nullable: true })
  weights: PickupWeightResponseDto[] | null;

  @ApiProperty({ type: Number, nullable: true })
  pointsAwarded: number | null;

  @ApiProperty({ type: Number, nullable: true })
  co2eKg: number | null;

  @ApiProperty({ type: String, nullable: true })
  missedReason: string | null;

  @ApiProperty({ type: PickupRatingDto, nullable: true })
  rating: PickupRatingDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt: string | null;
}

/** The answer to a booking (replayed as it was for a retried key): no phone or address, which are kept only encrypted. */
export class BookedPickupResponseDto implements BookedPickupResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: PICKUP_STATUSES })
  status: PickupStatus;

  @ApiProperty({ type: PickupSlotResponseDto })
  slot: PickupSlotResponseDto;

  @ApiProperty({ type: [PickupItemResponseDto] })
  items: PickupItemResponseDto[];

  @ApiProperty({ enum: PICKUP_SUBSCRIBE_TOPICS, isArray: true })
  subscribe: PickupSubscribeTopic[];

  @ApiProperty({ type: CollectorRefDto, nullable: true })
  collector: CollectorRefDto | null;
}

export class CompletePickupResponseDto implements CompletePickupResponse {
  @ApiProperty()
  pointsAwarded: number;

  @ApiProperty({ description: 'kg CO2e avoided (config/carbon.json)' })
  co2eKg: number;

  @ApiProperty({ description: "The resident's balance after the award" })
  balance: number;
}

export class RecyclingSummaryResponseDto implements RecyclingSummaryResponse {
  @ApiProperty({ description: 'Completed pickups' })
  pickups: number;

  @ApiProperty()
  recycledKg: number;

  @ApiProperty()
  co2eKg: number;
}
