import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  type CreateGuideItemRequest,
  type DismissedSearchMissResponse,
  GUIDE_ITEM_STATUSES,
  GUIDE_SEARCH_DEFAULT_LIMIT,
  GUIDE_SEARCH_MAX_LENGTH,
  GUIDE_SEARCH_MAX_LIMIT,
  type GuideAdminItemsQuery,
  type GuideBrowseQuery,
  type GuideCategoryMatch,
  type GuideItemResponse,
  type GuideItemStatus,
  type GuideSearchQuery,
  type GuideSearchResponse,
  type SearchMissResponse,
  type UpdateGuideItemRequest,
  WASTE_CATEGORIES,
  WASTE_CATEGORY_LABELS,
  WASTE_SUBCATEGORIES,
  WASTE_SUBCATEGORY_LABELS,
  type WasteCategory,
  type WasteSubcategory,
} from '@zerowaste/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trim } from '../../../common/validation/transforms';
import type { GuideItem } from '../guide-item.entity';
import type { SearchMiss } from '../search-miss.entity';

const ALL_SUBCATEGORIES = Object.values(WASTE_SUBCATEGORIES).flat() as WasteSubcategory[];
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class GuideItemDto implements GuideItemResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '易拉罐' })
  name: string;

  @ApiProperty({ type: [String], example: ['饮料罐', '铝罐'] })
  aliases: string[];

  @ApiProperty({ enum: WASTE_CATEGORIES })
  category: WasteCategory;

  @ApiProperty({ enum: ALL_SUBCATEGORIES, nullable: true })
  subcategory: WasteSubcategory | null;

  @ApiProperty({ example: '可回收物' })
  categoryLabel: string;

  @ApiProperty({ type: String, nullable: true, example: '金属' })
  subcategoryLabel: string | null;

  @ApiProperty({ example: '倒空冲净、压扁后投放' })
  tip: string;

  @ApiProperty()
  active: boolean;

  static from(item: GuideItem): GuideItemDto {
    return {
      id: item.id,
      name: item.name,
      aliases: item.aliases,
      category: item.category,
      subcategory: item.subcategory,
      categoryLabel: WASTE_CATEGORY_LABELS[item.category],
      subcategoryLabel: item.subcategory ? WASTE_SUBCATEGORY_LABELS[item.subcategory] : null,
      tip: item.tip,
      active: item.active,
    };
  }
}

export class GuideCategoryMatchDto implements GuideCategoryMatch {
  @ApiProperty({ enum: WASTE_CATEGORIES })
  category: WasteCategory;

  @ApiProperty({ enum: ALL_SUBCATEGORIES, nullable: true })
  subcategory: WasteSubcategory | null;

  @ApiProperty({ example: '厨余垃圾' })
  label: string;
}

export class GuideSearchResponseDto implements GuideSearchResponse {
  @ApiProperty({ type: [GuideItemDto] })
  items: GuideItemDto[];

  @ApiProperty({ example: 3 })
  total: number;

  @ApiProperty({
    type: GuideCategoryMatchDto,
    nullable: true,
    description:
      "Set when the query names a category (可回收物, 湿垃圾…): that category's items follow the name matches",
  })
  categoryMatch: GuideCategoryMatchDto | null;
}

export class GuideSearchQueryDto implements GuideSearchQuery {
  @ApiProperty({
    example: 'ylg',
    maxLength: GUIDE_SEARCH_MAX_LENGTH,
    description: 'Chinese, full pinyin without tones, pinyin initials, or a prefix of them; trimmed',
  })
  @Transform(trim)
  @IsString()
  @Length(1, GUIDE_SEARCH_MAX_LENGTH)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: GUIDE_SEARCH_MAX_LIMIT, default: GUIDE_SEARCH_DEFAULT_LIMIT })
  // Like pageSize, a larger limit is served at the cap rather than refused.
  @Transform(({ value }) => {
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    return Number.isInteger(n) && n > GUIDE_SEARCH_MAX_LIMIT ? GUIDE_SEARCH_MAX_LIMIT : n;
  })
  @IsInt()
  @Min(1)
  limit: number = GUIDE_SEARCH_DEFAULT_LIMIT;
}

export class GuideBrowseQueryDto extends PageQueryDto implements GuideBrowseQuery {
  @ApiPropertyOptional({ enum: WASTE_CATEGORIES })
  @IsOptional()
  @IsIn(WASTE_CATEGORIES)
  category?: WasteCategory;
}

export class GuideAdminItemsQueryDto extends PageQueryDto implements GuideAdminItemsQuery {
  @ApiPropertyOptional({
    enum: GUIDE_ITEM_STATUSES,
    default: 'all',
    description: '`hidden`: the items hidden with active: false',
  })
  @IsOptional()
  @IsIn(GUIDE_ITEM_STATUSES)
  status: GuideItemStatus = 'all';

  @ApiPropertyOptional({ example: '奶茶', maxLength: 32, description: 'Part of the name, matched literally' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(32)
  q?: string;
}

export class CreateGuideItemDto implements CreateGuideItemRequest {
  @ApiProperty({ example: '奶茶杯', maxLength: 32 })
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  name: string;

  @ApiPropertyOptional({ type: [String], example: ['珍珠奶茶杯'], maxItems: 10 })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 32, { each: true })
  aliases?: string[];

  @ApiProperty({ enum: WASTE_CATEGORIES })
  @IsIn(WASTE_CATEGORIES)
  category: WasteCategory;

  @ApiPropertyOptional({
    enum: ALL_SUBCATEGORIES,
    nullable: true,
    description: "One of the category's subcategories; 其他垃圾 (residual) has none",
  })
  @IsOptional()
  @IsIn(ALL_SUBCATEGORIES)
  subcategory?: WasteSubcategory | null;

  @ApiPropertyOptional({ example: '残留饮料倒掉，杯子投其他垃圾', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  tip?: string;

  @ApiPropertyOptional({ description: 'The search miss this item answers; it is marked resolved' })
  @IsOptional()
  @IsInt()
  @Min(1)
  fromMissId?: number;
}

export class UpdateGuideItemDto
  extends PartialType(OmitType(CreateGuideItemDto, ['fromMissId'] as const))
  implements UpdateGuideItemRequest
{
  @ApiPropertyOptional({ description: '`false` hides the item from search, browsing and the quiz' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SearchMissDto implements SearchMissResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '奶茶杯' })
  term: string;

  @ApiProperty({ example: 12 })
  count: number;

  @ApiProperty({ format: 'date-time' })
  lastSearchedAt: string;

  static from(miss: SearchMiss): SearchMissDto {
    return { id: miss.id, term: miss.term, count: miss.count, lastSearchedAt: miss.lastSearchedAt.toISOString() };
  }
}

export class DismissedSearchMissDto extends SearchMissDto implements DismissedSearchMissResponse {
  @ApiProperty({ format: 'date-time' })
  dismissedAt: string;

  static fromDismissed(miss: SearchMiss, dismissedAt: Date): DismissedSearchMissDto {
    return { ...SearchMissDto.from(miss), dismissedAt: dismissedAt.toISOString() };
  }
}
