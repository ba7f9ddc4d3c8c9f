import { ApiProperty } from '@nestjs/swagger';
import type { GeoPoint } from '@zerowaste/shared';
import { IsLatitude, IsLongitude } from 'class-validator';

/** GCJ-02, as WeChat's location APIs give it. */
export class GeoPointDto implements GeoPoint {
  @ApiProperty({ example: 37.0705, minimum: -90, maximum: 90 })
  @IsLatitude()
  lat: number;

  @ApiProperty({ example: 114.5045, minimum: -180, maximum: 180 })
  @IsLongitude()
  lng: number;
}
