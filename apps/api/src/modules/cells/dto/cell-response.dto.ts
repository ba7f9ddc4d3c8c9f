import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CELL_STATUSES, type CellResponse, type CellStatus, type CellSummary } from '@zerowaste/shared';
import type { Cell } from '../cell.entity';
import { CellRefDto } from './cell-ref.dto';
import { GeoPointDto } from './geo-point.dto';

function locationOf(cell: Cell): GeoPointDto | null {
  return cell.lat != null && cell.lng != null ? { lat: cell.lat, lng: cell.lng } : null;
}

export class CellSummaryDto extends CellRefDto implements CellSummary {
  @ApiProperty({ example: '西大街街道' })
  regionName: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ type: GeoPointDto, nullable: true })
  location: GeoPointDto | null;

  @ApiPropertyOptional({ description: 'Metres from the query point' })
  distance?: number;

  static from(cell: Cell, regionName: string, distance?: number): CellSummaryDto {
    return {
      id: cell.id,
      name: cell.name,
      type: cell.type,
      regionName,
      address: cell.address,
      location: locationOf(cell),
      ...(distance !== undefined && { distance }),
    };
  }
}

export class CellResponseDto extends CellRefDto implements CellResponse {
  @ApiProperty({ example: '130502001001' })
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  address: string;

  @ApiProperty()
  households: number;

  @ApiProperty({ type: GeoPointDto, nullable: true })
  location: GeoPointDto | null;

  @ApiProperty({ enum: CELL_STATUSES })
  status: CellStatus;

  @ApiProperty({ type: [Number] })
  managerIds: number[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(cell: Cell, regionName: string, managerIds: number[]): CellResponseDto {
    return {
      id: cell.id,
      name: cell.name,
      type: cell.type,
      regionCode: cell.regionCode,
      regionName,
      address: cell.address,
      households: cell.households,
      location: locationOf(cell),
      status: cell.status,
      managerIds,
      createdAt: cell.createdAt.toISOString(),
      updatedAt: cell.updatedAt.toISOString(),
    };
  }
}
