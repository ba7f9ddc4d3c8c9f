import { ApiPropertyOptional } from '@nestjs/swagger';
import { CELL_TYPES, type CellDirectoryQuery, type CellListQuery, type CellType } from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsLatitude, IsLongitude, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export class CellListQueryDto extends PageQueryDto implements CellListQuery {
  @ApiPropertyOptional({ description: 'Cells in this region or below it', example: '130502' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6, 9 or 12 digit region code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: CELL_TYPES })
  @IsOptional()
  @IsIn(CELL_TYPES)
  type?: CellType;

  @ApiPropertyOptional({ description: 'Part of the name or address' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;
}

export class CellDirectoryQueryDto extends CellListQueryDto implements CellDirectoryQuery {
  @ApiPropertyOptional({ description: 'With lng: nearest first (GCJ-02)', example: 37.0705 })
  @ValidateIf((o: CellDirectoryQueryDto) => o.lat !== undefined || o.lng !== undefined)
  @Transform(toNumber)
  @IsLatitude({ message: 'lat must be a latitude, given together with lng' })
  lat?: number;

  @ApiPropertyOptional({ example: 114.5045 })
  @ValidateIf((o: CellDirectoryQueryDto) => o.lat !== undefined || o.lng !== undefined)
  @Transform(toNumber)
  @IsLongitude({ message: 'lng must be a longitude, given together with lat' })
  lng?: number;
}
