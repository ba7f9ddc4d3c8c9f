import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Ip,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators/public.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import {
  CreateGuideItemDto,
  DismissedSearchMissDto,
  GuideAdminItemsQueryDto,
  GuideBrowseQueryDto,
  GuideItemDto,
  GuideSearchQueryDto,
  GuideSearchResponseDto,
  SearchMissDto,
  UpdateGuideItemDto,
} from './dto/guide.dto';
import { GuideService } from './guide.service';

@ApiTags('guide')
@ApiErrors('VALIDATION_FAILED')
@Controller('guide')
export class GuideController {
  constructor(private readonly guide: GuideService) {}

  @Get('search')
  @Public()
  @ApiOperation({
    summary:
      'Which bin does it go in? Chinese, pinyin or initials; best first; a search that finds nothing is recorded',
  })
  @ApiOkResponse({ type: GuideSearchResponseDto })
  search(@Query() query: GuideSearchQueryDto, @Ip() client: string): Promise<GuideSearchResponseDto> {
    return this.guide.search(query, client);
  }

  @Get('items')
  @Public()
  @ApiOperation({ summary: 'Browse the guide, optionally one category, by pinyin' })
  @ApiOkResponse({ type: PageDto(GuideItemDto) })
  browse(@Query() query: GuideBrowseQueryDto) {
    return this.guide.browse(query);
  }

  @Get('items/:id')
  @Public()
  @ApiOperation({ summary: 'One guide item' })
  @ApiOkResponse({ type: GuideItemDto })
  @ApiErrors('NOT_FOUND')
  get(@Param('id', ParseIntPipe) id: number): Promise<GuideItemDto> {
    return this.guide.get(id);
  }

  @Get('admin/items')
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({
    summary: 'Every item, hidden ones included, the most recently edited first; filter hidden ones or by name (admin)',
  })
  @ApiOkResponse({ type: PageDto(GuideItemDto) })
  @ApiErrors('UNAUTHENTICATED')
  adminItems(@Query() query: GuideAdminItemsQueryDto) {
    return this.guide.adminItems(query);
  }

  @Post('items')
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({ summary: 'Add an item (admin), optionally answering a search miss' })
  @ApiCreatedResponse({ type: GuideItemDto })
  @ApiErrors('UNAUTHENTICATED', 'CONFLICT')
  create(@Body() dto: CreateGuideItemDto): Promise<GuideItemDto> {
    return this.guide.create(dto);
  }

  @Patch('items/:id')
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({ summary: 'Edit an item, or hide it with active: false (admin)' })
  @ApiOkResponse({ type: GuideItemDto })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT')
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateGuideItemDto): Promise<GuideItemDto> {
    return this.guide.update(id, dto);
  }

  @Get('misses')
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({ summary: 'Search terms that found nothing, most searched first (admin)' })
  @ApiOkResponse({ type: PageDto(SearchMissDto) })
  @ApiErrors('UNAUTHENTICATED')
  misses(@Query() query: PageQueryDto) {
    return this.guide.misses(query);
  }

  @Post('misses/:id/dismiss')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({
    summary: 'Dismiss a junk search term: it leaves the list and later searches do not bring it back (admin)',
  })
  @ApiOkResponse({ type: DismissedSearchMissDto })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  dismissMiss(@Param('id', ParseIntPipe) id: number): Promise<DismissedSearchMissDto> {
    return this.guide.dismissMiss(id);
  }
}
