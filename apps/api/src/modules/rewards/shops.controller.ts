import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { CreateRewardDto, RewardResponseDto } from './dto/reward.dto';
import { CreateShopDto, ShopListQueryDto, ShopResponseDto } from './dto/shop.dto';
import { ShopsService } from './shops.service';

@ApiTags('rewards')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller('shops')
export class ShopsController {
  constructor(private readonly shops: ShopsService) {}

  @Post()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Open a points shop in a cell; its shopkeeper gets the shopkeeper role for it' })
  @ApiCreatedResponse({ type: ShopResponseDto })
  @ApiErrors('NOT_FOUND')
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateShopDto): Promise<ShopResponseDto> {
    return this.shops.create(caller, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Open points shops, optionally of one cell' })
  @ApiOkResponse({ type: PageDto(ShopResponseDto) })
  list(@Query() query: ShopListQueryDto) {
    return this.shops.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One points shop' })
  @ApiOkResponse({ type: ShopResponseDto })
  @ApiErrors('NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<ShopResponseDto> {
    return this.shops.get(caller, id);
  }

  @Get(':id/rewards')
  @Roles('admin', 'cell_manager')
  @ApiOperation({
    summary:
      "Every reward of a shop, withdrawn ones too, for whoever stocks it (admin, or a manager of the shop's cell)",
  })
  @ApiOkResponse({ type: PageDto(RewardResponseDto) })
  @ApiErrors('NOT_FOUND')
  shelf(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: PageQueryDto) {
    return this.shops.shelfOf(caller, id, query);
  }

  @Post(':id/rewards')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "Add a reward to a shop (admin, or a manager of the shop's cell)" })
  @ApiCreatedResponse({ type: RewardResponseDto })
  @ApiErrors('NOT_FOUND')
  createReward(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CreateRewardDto,
  ): Promise<RewardResponseDto> {
    return this.shops.createReward(caller, id, dto);
  }
}
