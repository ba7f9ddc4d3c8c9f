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
  AssignedPickupsQueryDto,
  AssignPickupDto,
  BookedPickupResponseDto,
  CompletePickupDto,
  CompletePickupResponseDto,
  CreatePickupDto,
  MissedPickupDto,
  PickupListQueryDto,
  PickupResponseDto,
  PickupSlotsQueryDto,
  RatePickupDto,
  RecyclingSummaryResponseDto,
} from './dto/pickup.dto';
import { PickupSlotResponseDto } from './dto/pickup-area.dto';
import { PickupAreasService } from './pickup-areas.service';
import { PickupsService } from './pickups.service';

@ApiTags('pickups')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller()
export class PickupsController {
  constructor(
    private readonly pickups: PickupsService,
    private readonly areas: PickupAreasService,
  ) {}

  @Get('pickups/slots')
  @ApiOperation({
    summary: "The coming days' slots of my home cell's area (staff: ?areaId=), with the units still free",
  })
  @ApiOkResponse({ type: [PickupSlotResponseDto] })
  @ApiErrors('NOT_FOUND', 'NO_PICKUP_AREA')
  slots(@CurrentCaller() caller: Caller, @Query() query: PickupSlotsQueryDto): Promise<PickupSlotResponseDto[]> {
    return this.areas.slots(caller, query);
  }

  @Post('pickups')
  @Idempotent()
  @ApiOperation({
    summary:
      'Book a doorstep pickup: takes its units of the slot at once (a full slot: 409 SLOT_FULL), assigned to the least busy collector',
  })
  @ApiCreatedResponse({ type: BookedPickupResponseDto })
  @ApiErrors(
    'NOT_FOUND',
    'NO_PICKUP_AREA',
    'BELOW_MIN_KG',
    'SLOT_FULL',
    'SLOT_CLOSED',
    'SLOT_PAST',
    'TOO_MANY_OPEN_PICKUPS',
  )
  book(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreatePickupDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<BookedPickupResponseDto> {
    return this.pickups.book(caller, dto, pending);
  }

  @Get('pickups/mine')
  @ApiOperation({ summary: 'My bookings, newest first' })
  @ApiOkResponse({ type: PageDto(PickupResponseDto) })
  mine(@CurrentCaller() caller: Caller, @Query() query: PickupListQueryDto) {
    return this.pickups.listMine(caller, query);
  }

  @Get('pickups/assigned')
  @Roles('collector')
  @ApiOperation({
    summary: 'My round of a day (China time; today by default), in slot order, with addresses and phones',
  })
  @ApiOkResponse({ type: PageDto(PickupResponseDto) })
  @ApiErrors('FORBIDDEN')
  assigned(@CurrentCaller() caller: Caller, @Query() query: AssignedPickupsQueryDto) {
    return this.pickups.assigned(caller, query);
  }

  @Get('pickups/:id')
  @ApiOperation({
    summary:
      "One booking: its owner and collector see the phone and address in full, the area's managers and admins masked",
  })
  @ApiOkResponse({ type: PickupResponseDto })
  @ApiErrors('NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<PickupResponseDto> {
    return this.pickups.get(caller, id);
  }

  @Post('pickups/:id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel my booking (until pickup.cancelBeforeMinutes before the slot): its units go back' })
  @ApiOkResponse({ type: PickupResponseDto })
  @ApiErrors('NOT_FOUND', 'CANCEL_TOO_LATE', 'PICKUP_CLOSED')
  cancel(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<PickupResponseDto> {
    return this.pickups.cancel(caller, id);
  }

  @Post('pickups/:id/assign')
  @Roles('admin', 'cell_manager')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Hand an open booking to another of its area's collectors (the area's managers, admins)" })
  @ApiOkResponse({ type: PickupResponseDto })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'PICKUP_CLOSED')
  assign(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: AssignPickupDto,
  ): Promise<PickupResponseDto> {
    return this.pickups.assign(caller, id, dto);
  }

  @Post('pickups/:id/start')
  @Roles('collector')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'I set out for this booking (its collector): the resident is told I am on the way' })
  @ApiOkResponse({ type: PickupResponseDto })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'PICKUP_CLOSED')
  start(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<PickupResponseDto> {
    return this.pickups.start(caller, id);
  }

  @Post('pickups/:id/missed')
  @Roles('collector')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Nobody was home (its collector): the booking ends without points' })
  @ApiOkResponse({ type: PickupResponseDto })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'PICKUP_CLOSED')
  missed(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: MissedPickupDto,
  ): Promise<PickupResponseDto> {
    return this.pickups.missed(caller, id, dto);
  }

  @Post('pickups/:id/complete')
  @Roles('collector')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Record what was weighed (its collector): points per kg and category, once, and the CO2e avoided',
  })
  @ApiOkResponse({ type: CompletePickupResponseDto })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'PICKUP_CLOSED')
  complete(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CompletePickupDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<CompletePickupResponseDto> {
    return this.pickups.complete(caller, id, dto, pending);
  }

  @Post('pickups/:id/rating')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Rate my completed pickup, once (1–5 stars)' })
  @ApiOkResponse({ type: PickupResponseDto })
  @ApiErrors('NOT_FOUND', 'PICKUP_CLOSED', 'CONFLICT')
  rate(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: RatePickupDto,
  ): Promise<PickupResponseDto> {
    return this.pickups.rate(caller, id, dto);
  }

  @Get('me/recycling')
  @ApiOperation({ summary: 'What my completed pickups recycled: kg and kg CO2e avoided (我的)' })
  @ApiOkResponse({ type: RecyclingSummaryResponseDto })
  recycling(@CurrentCaller() caller: Caller): Promise<RecyclingSummaryResponseDto> {
    return this.pickups.recycling(caller);
  }
}
