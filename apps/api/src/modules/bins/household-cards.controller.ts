import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiPdf, pdfResponse } from '../../common/http/pdf-response';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { LedgerEntryDto } from '../points/dto/points.dto';
import { CreateHouseholdCardDto, HouseholdCardDto } from './dto/household-card.dto';
import { HouseholdCardsService } from './household-cards.service';

@ApiTags('household cards')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller()
export class HouseholdCardsController {
  constructor(private readonly cards: HouseholdCardsService) {}

  @Post('cells/:id/household-cards')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Create a household card (for someone without a phone) with its own points account' })
  @ApiCreatedResponse({ type: HouseholdCardDto })
  @ApiErrors('NOT_FOUND')
  create(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CreateHouseholdCardDto,
  ): Promise<HouseholdCardDto> {
    return this.cards.create(caller, id, dto);
  }

  @Get('cells/:id/household-cards')
  @Roles('admin', 'cell_manager', 'inspector')
  @ApiOperation({
    summary: "A cell's household cards with QR codes and balances (admin, manager or inspector of the cell)",
  })
  @ApiOkResponse({ type: PageDto(HouseholdCardDto) })
  @ApiErrors('NOT_FOUND')
  list(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: PageQueryDto) {
    return this.cards.listOfCell(caller, id, query);
  }

  @Post('household-cards/:id/reissue')
  @HttpCode(HttpStatus.OK)
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Replace a lost card: the old QR stops working, the points stay' })
  @ApiOkResponse({ type: HouseholdCardDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  reissue(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<HouseholdCardDto> {
    return this.cards.reissue(caller, id);
  }

  @Delete('household-cards/:id')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Retire a household card: its QR stops working' })
  @ApiOkResponse({ type: HouseholdCardDto })
  @ApiErrors('NOT_FOUND')
  retire(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<HouseholdCardDto> {
    return this.cards.retire(caller, id);
  }

  @Get('household-cards/:id/entries')
  @Roles('admin', 'cell_manager', 'inspector', 'shopkeeper')
  @ApiOperation({
    summary:
      "A household card's points history, newest first (the card cell's manager or inspector, or a shopkeeper of a shop in that cell)",
  })
  @ApiOkResponse({ type: PageDto(LedgerEntryDto) })
  @ApiErrors('NOT_FOUND')
  entries(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: PageQueryDto) {
    return this.cards.entries(caller, id, query);
  }

  @Get('household-cards/:id/card.pdf')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'The printable card: QR, holder, cell (A4, cut along the dashed line)' })
  @ApiPdf()
  @ApiErrors('NOT_FOUND', 'CONFLICT', 'PRINT_UNAVAILABLE')
  async card(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const { card, pdf } = await this.cards.printable(caller, id);
    return pdfResponse(pdf, `household-card-${card.code}.pdf`);
  }
}
