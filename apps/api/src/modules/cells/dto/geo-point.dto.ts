import { ApiProperty } from '@nestjs/swagger';
import type { GeoPoint } from '@zerowaste/shared';
import { Latitude, Longitude } from '../../../common/validation/geo';

/** GCJ-02, as WeChat's location APIs give it. */
export class GeoPointDto implements GeoPoint {
  @ApiProperty({ example: 37.0705, minimum: -90, maximum: 90 })
  @Latitude()
  lat: number;

  @ApiProperty({ example: 114.5045, minimum: -180, maximum: 180 })
  @Longitude()
  lng: number;
}
