import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { Idempotent, IdempotentAnswer } from '../../common/idempotency/idempotent.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import {
  CardRedemptionDto,
  CardRedemptionResponseDto,
  FulfilDto,
  FulfilResponseDto,
  RedeemResponseDto,
  RedemptionListQueryDto,
  RedemptionRequestDto,
  RedemptionResponseDto,
} from './dto/redemption.dto';
import { RedemptionsService } from './redemptions.service';

@ApiTags('rewards')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller('redemptions')
export class RedemptionsController {
  constructor(private readonly redemptions: RedemptionsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Redeem a reward: takes its cost and one unit of stock, answers a one-time code' })
  @ApiCreatedResponse({ type: RedeemResponseDto })
  @ApiErrors('NOT_FOUND', 'INSUFFICIENT_POINTS', 'OUT_OF_STOCK')
  redeem(
    @CurrentCaller() caller: Caller,
    @Body() dto: RedemptionRequestDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<RedeemResponseDto> {
    return this.redemptions.redeem(caller, dto, pending);
  }

  @Get()
  @ApiOperation({ summary: 'My redemptions, newest first' })
  @ApiOkResponse({ type: PageDto(RedemptionResponseDto) })
  list(@CurrentCaller() caller: Caller, @Query() query: RedemptionListQueryDto) {
    return this.redemptions.listMine(caller, query);
  }

  @Post('fulfil')
  @Roles('shopkeeper')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hand the goods over for a code of my shop (shopkeeper); a code works once' })
  @ApiOkResponse({ type: FulfilResponseDto })
  @ApiErrors('NOT_FOUND', 'REDEMPTION_CLOSED')
  fulfil(@CurrentCaller() caller: Caller, @Body() dto: FulfilDto): Promise<FulfilResponseDto> {
    return this.redemptions.fulfil(caller, dto);
  }

  @Post('card')
  @Roles('shopkeeper')
  @Idempotent()
  @ApiOperation({
    summary:
      "Redeem for a household card at my shop (shopkeeper): the card's points, goods handed over at once. A village shop serves its own villagers: the card must belong to the shop's cell",
  })
  @ApiCreatedResponse({ type: CardRedemptionResponseDto })
  @ApiErrors('NOT_FOUND', 'QR_INVALID', 'QR_RETIRED', 'INSUFFICIENT_POINTS', 'OUT_OF_STOCK')
  redeemForCard(
    @CurrentCaller() caller: Caller,
    @Body() dto: CardRedemptionDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<CardRedemptionResponseDto> {
    return this.redemptions.redeemForCard(caller, dto, pending);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One redemption (its holder, or the shopkeeper of its shop without the code)' })
  @ApiOkResponse({ type: RedemptionResponseDto })
  @ApiErrors('NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<RedemptionResponseDto> {
    return this.redemptions.get(caller, id);
  }

  @Post(':id/cancel')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel my pending redemption: points and stock come back through new entries' })
  @ApiOkResponse({ type: RedeemResponseDto })
  @ApiErrors('NOT_FOUND', 'REDEMPTION_CLOSED')
  cancel(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<RedeemResponseDto> {
    return this.redemptions.cancel(caller, id, pending);
  }
}
