import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { Idempotent, IdempotentAnswer } from '../../common/idempotency/idempotent.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { DropsService } from './drops.service';
import {
  BatchVerdictDto,
  BatchVerdictResultDto,
  DropDto,
  DropResultDto,
  DropSummaryDto,
  InspectorDropDto,
  InspectorDropQueryDto,
  VerdictDto,
  VerdictResultDto,
} from './dto/drop.dto';

@ApiTags('drops')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller('drops')
export class DropsController {
  constructor(private readonly drops: DropsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Record a scan at a bin and earn points (for a household card: inspectors, collectors, admins)',
  })
  @ApiCreatedResponse({ type: DropResultDto })
  @ApiErrors('QR_INVALID', 'QR_RETIRED', 'DROP_COOLDOWN', 'DAILY_CAP_REACHED', 'FORBIDDEN')
  drop(
    @CurrentCaller() caller: Caller,
    @Body() dto: DropDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<DropResultDto> {
    return this.drops.drop(caller, dto, pending);
  }

  @Get('mine')
  @ApiOperation({ summary: 'My drops, newest first' })
  @ApiOkResponse({ type: PageDto(DropSummaryDto) })
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto) {
    return this.drops.mine(caller, query);
  }

  @Get()
  @Roles('inspector', 'admin')
  @ApiOperation({ summary: "Drops at the bins of an inspector's cell (cellId required), newest first" })
  @ApiOkResponse({ type: PageDto(InspectorDropDto) })
  @ApiErrors('NOT_FOUND')
  list(@CurrentCaller() caller: Caller, @Query() query: InspectorDropQueryDto) {
    return this.drops.forInspector(caller, query);
  }

  @Post('verdicts')
  @HttpCode(HttpStatus.OK)
  @Roles('inspector')
  @Idempotent()
  @ApiOperation({ summary: 'Mark up to 100 drops correct; already judged ones are skipped' })
  @ApiOkResponse({ type: BatchVerdictResultDto })
  judgeBatch(@CurrentCaller() caller: Caller, @Body() dto: BatchVerdictDto): Promise<BatchVerdictResultDto> {
    return this.drops.judgeBatch(caller, dto);
  }

  @Post(':id/verdict')
  @HttpCode(HttpStatus.OK)
  @Roles('inspector')
  @Idempotent()
  @ApiOperation({ summary: 'Judge a drop at the bins of your cell, once; correct adds the bonus' })
  @ApiOkResponse({ type: VerdictResultDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  judge(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: VerdictDto,
  ): Promise<VerdictResultDto> {
    return this.drops.judge(caller, id, dto.verdict);
  }
}
