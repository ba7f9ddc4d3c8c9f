import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { Idempotent, IdempotentAnswer } from '../../common/idempotency/idempotent.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { BalanceDto, LedgerEntryDto, PointsAdjustmentDto } from './dto/points.dto';
import { PointsService } from './points.service';

@ApiTags('points')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED')
@Controller('points')
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Get()
  @ApiOperation({ summary: 'My points balance' })
  @ApiOkResponse({ type: BalanceDto })
  async balance(@CurrentCaller() caller: Caller): Promise<BalanceDto> {
    return { balance: await this.points.balanceOf({ userId: caller.userId }) };
  }

  @Get('entries')
  @ApiOperation({ summary: 'My points history, newest first' })
  @ApiOkResponse({ type: PageDto(LedgerEntryDto) })
  @ApiErrors('VALIDATION_FAILED')
  entries(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto) {
    return this.points.entriesOf({ userId: caller.userId }, query);
  }

  @Post('adjustments')
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: "Correct a user's points with an audited entry (admin)" })
  @ApiCreatedResponse({ type: LedgerEntryDto })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'INSUFFICIENT_POINTS')
  adjust(
    @CurrentCaller() caller: Caller,
    @Body() dto: PointsAdjustmentDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<LedgerEntryDto> {
    return this.points.adjust(caller, dto, pending);
  }
}
