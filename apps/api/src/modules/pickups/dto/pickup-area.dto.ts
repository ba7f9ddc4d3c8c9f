import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CollectorRef,
  CollectorStatsResponse,
  CreatePickupAreaRequest,
  CreatePickupSlotRequest,
  PickupAreaResponse,
  PickupSlotResponse,
  PickupTemplateRequest,
  UpdatePickupAreaRequest,
  UpdatePickupSlotRequest,
  WeeklySlot,
} from '@zerowaste/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../common/validation/transforms';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_CAPACITY = 1000;

export class WeeklySlotDto implements WeeklySlot {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '09:00', pattern: HH_MM.source, description: 'China time' })
  @IsString()
  @Matches(HH_MM, { message: 'start must be HH:MM' })
  start: string;

  @ApiProperty({ example: '11:00', pattern: HH_MM.source, description: 'China time, after start, the same day' })
  @IsString()
  @Matches(HH_MM, { message: 'end must be HH:MM' })
  end: string;

  @ApiProperty({ minimum: 1, maximum: MAX_CAPACITY, example: 12 })
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity: number;
}

export class PickupTemplateDto implements PickupTemplateRequest {
  @ApiProperty({ type: [WeeklySlotDto], maxItems: 70 })
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotDto)
  @ArrayMaxSize(70)
  weekly: WeeklySlotDto[];
}

/** A list of 1–50 distinct ids (cells, collectors); optional in an update. */
const IdList = (description: string, optional = false) =>
  applyDecorators(
    (optional ? ApiPropertyOptional : ApiProperty)({ type: [Number], minItems: 1, maxItems: 50, description }),
    ...(optional ? [IsOptional()] : []),
    IsInt({ each: true }),
    Min(1, { each: true }),
    ArrayMinSize(1),
    ArrayMaxSize(50),
    ArrayUnique(),
  );

export class CreatePickupAreaDto implements CreatePickupAreaRequest {
  @ApiProperty({ example: '幸福里片区' })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name: string;

  @IdList('Cells in no other area')
  cellIds: number[];

  @IdList('Users holding the collector role')
  collectorUserIds: number[];
}

export class UpdatePickupAreaDto implements UpdatePickupAreaRequest {
  @ApiPropertyOptional({ example: '幸福里片区' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name?: string;

  @IdList('Replaces the cells: cells in no other area', true)
  cellIds?: number[];

  @IdList('Replaces the collectors: users holding the collector role', true)
  collectorUserIds?: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreatePickupSlotDto implements CreatePickupSlotRequest {
  @ApiProperty({ example: '2026-12-24T18:00:00+08:00', format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ example: '2026-12-24T20:00:00+08:00', format: 'date-time' })
  @IsDateString({ strict: true })
  endsAt: string;

  @ApiProperty({ minimum: 1, maximum: MAX_CAPACITY })
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity: number;
}

export class UpdatePickupSlotDto implements UpdatePickupSlotRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CAPACITY, description: 'Not below the units already booked' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @ApiPropertyOptional({ description: 'A holiday: nothing more can be booked; bookings stay until cancelled' })
  @IsOptional()
  @IsBoolean()
  closed?: boolean;
}

export class CollectorRefDto implements CollectorRef {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '王师傅' })
  nickname: string;
}

export class PickupAreaResponseDto implements PickupAreaResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '幸福里片区' })
  name: string;

  @ApiProperty({ type: [Number] })
  cellIds: number[];

  @ApiProperty({ type: [Number] })
  collectorUserIds: number[];

  @ApiProperty({ type: [WeeklySlotDto] })
  weekly: WeeklySlotDto[];

  @ApiProperty()
  active: boolean;
}

export class PickupSlotResponseDto implements PickupSlotResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  areaId: number;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty()
  capacity: number;

  @ApiProperty({ description: 'Units still free (0 when closed)' })
  remaining: number;

  @ApiProperty()
  closed: boolean;
}

export class CollectorStatsResponseDto implements CollectorStatsResponse {
  @ApiProperty({ type: CollectorRefDto })
  collector: CollectorRefDto;

  @ApiProperty()
  assigned: number;

  @ApiProperty()
  completed: number;

  @ApiProperty()
  missed: number;

  @ApiProperty({ minimum: 0, maximum: 1 })
  missedRate: number;

  @ApiProperty()
  ratings: number;

  @ApiProperty({ type: Number, nullable: true })
  averageStars: number | null;
}
