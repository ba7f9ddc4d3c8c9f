import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BIN_STATUSES,
  type BinResponse,
  type BinStatus,
  type CreateBinRequest,
  WASTE_CATEGORIES,
  type WasteCategory,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { Latitude, Longitude } from '../../../common/validation/geo';
import { trim } from '../../../common/validation/transforms';
import type { Bin } from '../bin.entity';

export class CreateBinDto implements CreateBinRequest {
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  cellId: number;

  @ApiProperty({ example: '3 号楼东侧分类站', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name: string;

  @ApiPropertyOptional({ enum: WASTE_CATEGORIES, description: 'Leave out for a four-bin station' })
  @IsOptional()
  @IsIn(WASTE_CATEGORIES)
  category?: WasteCategory;

  @ApiProperty({ example: 37.0731, description: 'GCJ-02' })
  @Latitude()
  lat: number;

  @ApiProperty({ example: 114.5062, description: 'GCJ-02' })
  @Longitude()
  lng: number;
}

export class BinDto implements BinResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ example: '3 号楼东侧分类站' })
  name: string;

  @ApiProperty({ enum: WASTE_CATEGORIES, nullable: true, description: 'null: a four-bin station' })
  category: WasteCategory | null;

  @ApiProperty({ example: 37.0731 })
  lat: number;

  @ApiProperty({ example: 114.5062 })
  lng: number;

  @ApiProperty({ example: 'K7XQ4M2P', description: 'Printed under the QR code' })
  code: string;

  @ApiProperty({ example: 1, description: 'Goes up on each re-issue; older labels are refused' })
  codeVersion: number;

  @ApiProperty({ example: 'https://zw.example.cn/q/b/K7XQ4M2P.1.Xq3v9FZ0aLm2bT8c', description: 'The QR text' })
  qr: string;

  @ApiProperty({ enum: BIN_STATUSES })
  status: BinStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(bin: Bin, qr: string): BinDto {
    return {
      id: bin.id,
      cellId: bin.cellId,
      name: bin.name,
      category: bin.category,
      lat: bin.lat,
      lng: bin.lng,
      code: bin.code,
      codeVersion: bin.codeVersion,
      qr,
      status: bin.status,
      createdAt: bin.createdAt.toISOString(),
    };
  }
}
