import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import {
  CollectorStatsResponseDto,
  CreatePickupAreaDto,
  CreatePickupSlotDto,
  PickupAreaResponseDto,
  PickupSlotResponseDto,
  PickupTemplateDto,
  UpdatePickupAreaDto,
  UpdatePickupSlotDto,
} from './dto/pickup-area.dto';
import { PickupAreasService } from './pickup-areas.service';
import { PickupsService } from './pickups.service';

@ApiTags('pickups')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED')
@Controller()
export class PickupAreasController {
  constructor(
    private readonly areas: PickupAreasService,
    private readonly pickups: PickupsService,
  ) {}

  @Get('pickup-areas')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Pickup areas: every one for admins, those holding my cells for managers' })
  @ApiOkResponse({ type: PageDto(PickupAreaResponseDto) })
  list(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto) {
    return this.areas.list(caller, query);
  }

  @Post('pickup-areas')
  @Roles('admin')
  @ApiOperation({ summary: 'Create a pickup area: cells in no other area, served by users holding the collector role' })
  @ApiCreatedResponse({ type: PickupAreaResponseDto })
  create(@Body() dto: CreatePickupAreaDto): Promise<PickupAreaResponseDto> {
    return this.areas.create(dto);
  }

  @Patch('pickup-areas/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename an area, replace its cells or collectors, or take it out of service' })
  @ApiOkResponse({ type: PickupAreaResponseDto })
  @ApiErrors('NOT_FOUND')
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdatePickupAreaDto): Promise<PickupAreaResponseDto> {
    return this.areas.update(id, dto);
  }

  @Put('pickup-areas/:id/template')
  @Roles('admin', 'cell_manager')
  @ApiOperation({
    summary: 'Replace the weekly template (China time); unbooked template slots ahead are remade from it',
  })
  @ApiOkResponse({ type: PickupAreaResponseDto })
  @ApiErrors('NOT_FOUND')
  setTemplate(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: PickupTemplateDto,
  ): Promise<PickupAreaResponseDto> {
    return this.areas.setTemplate(caller, id, dto);
  }

  @Post('pickup-areas/:id/slots')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Add a one-off slot to the area (admins, managers of its cells)' })
  @ApiCreatedResponse({ type: PickupSlotResponseDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  addSlot(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CreatePickupSlotDto,
  ): Promise<PickupSlotResponseDto> {
    return this.areas.addSlot(caller, id, dto);
  }

  @Get('pickup-areas/:id/collectors')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "The area's collectors with their bookings, completions, missed rate and ratings" })
  @ApiOkResponse({ type: PageDto(CollectorStatsResponseDto) })
  @ApiErrors('NOT_FOUND')
  collectors(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: PageQueryDto) {
    return this.pickups.collectorStats(caller, id, query);
  }

  @Patch('pickup-slots/:id')
  @Roles('admin', 'cell_manager')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Change a slot: its capacity (not below what is booked), or close it for a holiday' })
  @ApiOkResponse({ type: PickupSlotResponseDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  updateSlot(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdatePickupSlotDto,
  ): Promise<PickupSlotResponseDto> {
    return this.areas.updateSlot(caller, id, dto);
  }
}
