import { ApiProperty } from '@nestjs/swagger';
import type { CreateShopRequest, ShopListQuery, ShopResponse } from '@zerowaste/shared';
import { IsInt, IsString, Length, Matches, Min } from 'class-validator';
import { IdFilter } from '../../../common/decorators/id-filter.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Latitude, Longitude } from '../../../common/validation/geo';
import { GeoPointDto } from '../../cells/dto/geo-point.dto';
import type { Shop } from '../shop.entity';

export class CreateShopDto implements CreateShopRequest {
  @ApiProperty({ example: '东三召村积分超市', maxLength: 64 })
  @IsString()
  @Length(1, 64)
  @Matches(/^[^\p{Cc}]*$/u, { message: 'name must not contain control characters' })
  name: string;

  @ApiProperty({ description: 'The cell the shop serves' })
  @IsInt()
  @Min(1)
  cellId: number;

  @ApiProperty({ example: 36.9986, description: 'GCJ-02' })
  @Latitude()
  lat: number;

  @ApiProperty({ example: 114.7122, description: 'GCJ-02' })
  @Longitude()
  lng: number;

  @ApiProperty({ description: 'Gets the shopkeeper role for this shop' })
  @IsInt()
  @Min(1)
  shopkeeperUserId: number;
}

export class ShopListQueryDto extends PageQueryDto implements ShopListQuery {
  @IdFilter('Only the shops of this cell')
  cellId?: number;
}

export class ShopResponseDto implements ShopResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '东三召村积分超市' })
  name: string;

  @ApiProperty()
  cellId: number;

  @ApiProperty({ type: GeoPointDto })
  location: GeoPointDto;

  @ApiProperty()
  shopkeeperUserId: number;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(shop: Shop): ShopResponseDto {
    return {
      id: shop.id,
      name: shop.name,
      cellId: shop.cellId,
      location: { lat: shop.lat, lng: shop.lng },
      shopkeeperUserId: shop.shopkeeperUserId,
      active: shop.active,
      createdAt: shop.createdAt.toISOString(),
    };
  }
}
