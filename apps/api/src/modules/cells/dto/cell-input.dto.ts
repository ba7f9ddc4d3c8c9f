import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CELL_STATUSES,
  CELL_TYPES,
  type CellStatus,
  type CellType,
  type CreateCellRequest,
  type UpdateCellRequest,
} from '@zerowaste/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GeoPointDto } from './geo-point.dto';

export class CreateCellDto implements CreateCellRequest {
  @ApiProperty({ example: '幸福里小区', maxLength: 64 })
  @IsString()
  @Length(1, 64)
  name: string;

  @ApiProperty({ enum: CELL_TYPES })
  @IsIn(CELL_TYPES)
  type: CellType;

  @ApiProperty({ example: '130502001001', description: 'GB/T 2260 code of the region the cell lies in' })
  @IsString()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6, 9 or 12 digit region code' })
  regionCode: string;

  @ApiProperty({ example: '襄都区新华北路 88 号', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  address: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000, example: 1200 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  households?: number;

  @ApiPropertyOptional({ type: GeoPointDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  location?: GeoPointDto;

  @ApiPropertyOptional({ enum: CELL_STATUSES, default: 'building' })
  @IsOptional()
  @IsIn(CELL_STATUSES)
  status?: CellStatus;
}

export class UpdateCellDto extends PartialType(CreateCellDto) implements UpdateCellRequest {}

/** What a cell manager may change in their own cell; type, region and status are the city's decision. */
export const MANAGER_EDITABLE_FIELDS: readonly (keyof UpdateCellDto)[] = ['name', 'address', 'households', 'location'];
