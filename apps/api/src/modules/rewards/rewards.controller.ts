import { Body, Controller, Get, Param, ParseIntPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { RewardListQueryDto, RewardResponseDto, UpdateRewardDto } from './dto/reward.dto';
import { ShopsService } from './shops.service';

@ApiTags('rewards')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller('rewards')
export class RewardsController {
  constructor(private readonly shops: ShopsService) {}

  @Get()
  @ApiOperation({ summary: 'Rewards that can be redeemed now, optionally of one shop' })
  @ApiOkResponse({ type: PageDto(RewardResponseDto) })
  list(@Query() query: RewardListQueryDto) {
    return this.shops.listRewards(query);
  }

  @Patch(':id')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "Change a reward's name, cost, stock, photo or whether it is offered" })
  @ApiOkResponse({ type: RewardResponseDto })
  @ApiErrors('NOT_FOUND')
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateRewardDto,
  ): Promise<RewardResponseDto> {
    return this.shops.updateReward(caller, id, dto);
  }
}
