import { ApiProperty } from '@nestjs/swagger';
import { REGION_LEVELS, type RegionLevel, type RegionNode } from '@zerowaste/shared';
import { IsOptional, Matches } from 'class-validator';

export class RegionNodeDto implements RegionNode {
  @ApiProperty({ example: '130500', description: 'GB/T 2260 code' })
  code: string;

  @ApiProperty({ example: '邢台市' })
  name: string;

  @ApiProperty({ enum: REGION_LEVELS })
  level: RegionLevel;

  @ApiProperty({ type: String, nullable: true, example: '130000' })
  parentCode: string | null;

  @ApiProperty({ type: () => [RegionNodeDto] })
  children: RegionNodeDto[];
}

export class RegionTreeQueryDto {
  @ApiProperty({ required: false, description: 'Only this region and what lies below it', example: '130502' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'root must be a 6, 9 or 12 digit region code' })
  root?: string;
}
