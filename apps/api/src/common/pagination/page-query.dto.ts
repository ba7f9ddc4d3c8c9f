import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageQuery } from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { toInt } from '../validation/transforms';

export class PageQueryDto implements PageQuery {
  // `type` is spelled out: the initialised field has no type for reflection, so Swagger would say `Object`.
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000, default: 1 })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    description: `Capped at ${MAX_PAGE_SIZE}`,
  })
  // A larger page is served at the cap rather than refused: the response says the size used.
  @Transform(({ value }) => {
    const n = toInt({ value });
    return typeof n === 'number' && Number.isInteger(n) && n > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : n;
  })
  @IsInt()
  @Min(1)
  pageSize = DEFAULT_PAGE_SIZE;
}
