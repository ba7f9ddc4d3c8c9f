import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { toInt } from '../validation/transforms';

/** An optional id in a query string that narrows a list, e.g. `?shopId=3`. */
export const IdFilter = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description }), IsOptional(), Transform(toInt), IsInt(), Min(1));
