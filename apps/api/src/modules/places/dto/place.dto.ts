import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  type CreatePlaceRequest,
  NEARBY_TYPES,
  type NearbyItem,
  type NearbyQuery,
  type NearbyType,
  type OpeningHours,
  openNow,
  PLACE_STATUSES,
  PLACE_TYPES,
  type PlaceImportResponse,
  type PlaceProblemResponse,
  type PlaceProblemsQuery,
  type PlaceResponse,
  type PlaceStatus,
  type PlaceStatusReportRequest,
  type PlaceStatusReportResponse,
  type PlaceType,
  type UpdatePlaceRequest,
  WASTE_CATEGORIES,
  type WasteCategory,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IdFilter } from '../../../common/decorators/id-filter.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Latitude, Longitude } from '../../../common/validation/geo';
import { toInt, trim } from '../../../common/validation/transforms';
import { GeoPointDto } from '../../cells/dto/geo-point.dto';
import type { Place } from '../place.entity';

/** Nearby searches stop at 50 km: beyond that a resident is in another city. */
export const MAX_RADIUS_M = 50_000;
export const DEFAULT_RADIUS_M = 5_000;

const NO_CONTROL = /^[^\p{Cc}]*$/u;
const REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
const HOURS_DESCRIPTION =
  'Opening hours, China time: `Mo-Fr 08:00-18:00; Sa 09:00-12:00; Su off; 2026-10-01 off`; `22:00-06:00` runs overnight; `24/7`';

export class CreatePlaceDto implements CreatePlaceRequest {
  @ApiProperty({ enum: PLACE_TYPES })
  @IsIn(PLACE_TYPES)
  type: PlaceType;

  @ApiProperty({ example: '幸福里有害垃圾贮存点', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  @Matches(NO_CONTROL, { message: 'name must not contain control characters' })
  name: string;

  @ApiProperty({ example: '桥东区幸福里小区 3 号楼东侧', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL, { message: 'address must not contain control characters' })
  address: string;

  @ApiProperty({ example: 37.0687, description: 'GCJ-02' })
  @Latitude()
  lat: number;

  @ApiProperty({ example: 114.5043, description: 'GCJ-02' })
  @Longitude()
  lng: number;

  @ApiProperty({ enum: WASTE_CATEGORIES, isArray: true, example: ['hazardous'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WASTE_CATEGORIES.length)
  @IsIn(WASTE_CATEGORIES, { each: true })
  categories: WasteCategory[];

  @ApiProperty({ example: '130503', description: 'GB/T 2260 code of its region' })
  @Matches(REGION_CODE, { message: 'regionCode must be a 6, 9 or 12 digit region code' })
  regionCode: string;

  @ApiPropertyOptional({ example: 'Mo-Fr 08:00-18:00; Sa 09:00-12:00; Su off', description: HOURS_DESCRIPTION })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  hours?: string;

  @ApiPropertyOptional({ example: '0319-2345678', maxLength: 30 })
  @IsOptional()
  @Matches(/^[0-9+\- ]{3,30}$/, { message: 'phone must be digits, spaces, + or -' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Its cell; a cell manager must name one of theirs' })
  @IsOptional()
  @IsInt()
  @Min(1)
  cellId?: number;
}

export class UpdatePlaceDto
  extends PartialType(OmitType(CreatePlaceDto, ['hours', 'phone', 'cellId'] as const))
  implements UpdatePlaceRequest
{
  @ApiPropertyOptional({ nullable: true, description: `${HOURS_DESCRIPTION}; null = unknown` })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  hours?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 30 })
  @IsOptional()
  @Matches(/^[0-9+\- ]{3,30}$/, { message: 'phone must be digits, spaces, + or -' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'null: no cell (admins only)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  cellId?: number | null;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

// `types` arrives as one comma-separated string and is split into a list here.
export class NearbyQueryDto extends PageQueryDto implements Omit<NearbyQuery, 'types'> {
  @ApiProperty({ example: 37.0687, description: 'GCJ-02' })
  @Transform(toInt)
  @Latitude()
  lat: number;

  @ApiProperty({ example: 114.5043, description: 'GCJ-02' })
  @Transform(toInt)
  @Longitude()
  lng: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_RADIUS_M, default: DEFAULT_RADIUS_M })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_RADIUS_M)
  radius?: number;

  @ApiPropertyOptional({
    type: String,
    example: 'hazardous_point,points_shop',
    description: `Comma-separated, of: ${NEARBY_TYPES.join(', ')}`,
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(NEARBY_TYPES, { each: true, message: `each of types must be one of ${NEARBY_TYPES.join(', ')}` })
  types?: NearbyType[];

  @ApiPropertyOptional({ enum: WASTE_CATEGORIES, description: 'Only places that accept it (the guide item page)' })
  @IsOptional()
  @IsIn(WASTE_CATEGORIES)
  category?: WasteCategory;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only places open now (China time)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  openNow?: boolean;
}

export class PlaceDto implements PlaceResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: PLACE_TYPES })
  type: PlaceType;

  @ApiProperty()
  name: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ type: GeoPointDto })
  location: GeoPointDto;

  @ApiProperty({ enum: WASTE_CATEGORIES, isArray: true })
  categories: WasteCategory[];

  @ApiProperty({ type: String, nullable: true, example: 'Mo-Fr 08:00-18:00; Su off' })
  hoursText: string | null;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: '{week: {Mo: [{from, to}], …, Su}, exceptions: {"YYYY-MM-DD": [{from, to}]}}; [] = closed',
  })
  hours: OpeningHours | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'China time; null when the hours are unknown' })
  openNow: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty()
  regionCode: string;

  @ApiProperty({ type: Number, nullable: true })
  cellId: number | null;

  @ApiProperty({ enum: PLACE_STATUSES, nullable: true })
  status: PlaceStatus | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  retiredAt: string | null;

  static from(place: Place, status: PlaceStatus | null, at: Date): PlaceDto {
    return {
      id: place.id,
      type: place.type,
      name: place.name,
      address: place.address,
      location: { lat: place.lat, lng: place.lng },
      categories: place.categories,
      hoursText: place.hoursText,
      hours: place.hours,
      openNow: place.hours ? openNow(place.hours, at) : null,
      phone: place.phone,
      regionCode: place.regionCode,
      cellId: place.cellId,
      status,
      retiredAt: place.retiredAt?.toISOString() ?? null,
    };
  }
}

export class NearbyItemDto implements NearbyItem {
  @ApiProperty({ description: 'A place id; for points_shop a shop id' })
  id: number;

  @ApiProperty({ enum: NEARBY_TYPES })
  type: NearbyType;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty({ type: GeoPointDto })
  location: GeoPointDto;

  @ApiProperty({ description: 'Metres, rounded' })
  distanceM: number;

  @ApiProperty({ enum: WASTE_CATEGORIES, isArray: true })
  categories: WasteCategory[];

  @ApiProperty({ type: Boolean, nullable: true })
  openNow: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  hoursText: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ enum: PLACE_STATUSES, nullable: true })
  status: PlaceStatus | null;
}

export class PlaceImportDto implements PlaceImportResponse {
  @ApiProperty({ example: 120 })
  imported: number;
}

export class PlaceStatusReportDto implements PlaceStatusReportRequest {
  @ApiProperty({ enum: PLACE_STATUSES })
  @IsIn(PLACE_STATUSES)
  status: PlaceStatus;
}

export class PlaceStatusReportResponseDto implements PlaceStatusReportResponse {
  @ApiProperty()
  placeId: number;

  @ApiProperty({ enum: PLACE_STATUSES })
  status: PlaceStatus;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class PlaceProblemsQueryDto extends PageQueryDto implements PlaceProblemsQuery {
  @IdFilter('Only the places of this cell')
  cellId?: number;
}

export class PlaceProblemDto implements PlaceProblemResponse {
  @ApiProperty({ type: PlaceDto })
  place: PlaceDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { full: 3 },
    description: 'Unexpired reports per status',
  })
  reports: Partial<Record<PlaceStatus, number>>;

  @ApiProperty({ format: 'date-time' })
  lastReportedAt: string;
}
