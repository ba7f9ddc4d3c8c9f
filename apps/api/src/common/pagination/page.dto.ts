import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** An OpenAPI schema for `Page<T>`, one named class per item type. */
export function PageDto<T>(item: Type<T>) {
  class PageOfItems {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ example: 1 })
    page: number;

    @ApiProperty({ example: 20 })
    pageSize: number;

    @ApiProperty({ example: 42 })
    total: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `PageOf${item.name.replace(/Dto$/, '')}` });
  return PageOfItems;
}
