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
import { BinsService } from './bins.service';
import { BinDto, CreateBinDto } from './dto/bin.dto';

@ApiTags('bins')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller()
export class BinsController {
  constructor(private readonly bins: BinsService) {}

  @Post('bins')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Register a bin, or a four-bin station without a category, with its signed QR code' })
  @ApiCreatedResponse({ type: BinDto })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateBinDto): Promise<BinDto> {
    return this.bins.create(caller, dto);
  }

  @Get('cells/:id/bins')
  @Roles('admin', 'cell_manager', 'inspector')
  @ApiOperation({ summary: "A cell's bins with their QR codes (admin, or that cell's manager or inspector)" })
  @ApiOkResponse({ type: PageDto(BinDto) })
  @ApiErrors('NOT_FOUND')
  list(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: PageQueryDto) {
    return this.bins.listOfCell(caller, id, query);
  }

  @Post('bins/:id/reissue')
  @HttpCode(HttpStatus.OK)
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Issue a new label for a bin: the old label stops earning' })
  @ApiOkResponse({ type: BinDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  reissue(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<BinDto> {
    return this.bins.reissue(caller, id);
  }

  @Delete('bins/:id')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Retire a bin: its label stops earning, its drops stay' })
  @ApiOkResponse({ type: BinDto })
  @ApiErrors('NOT_FOUND')
  retire(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<BinDto> {
    return this.bins.retire(caller, id);
  }

  @Get('cells/:id/bin-labels.pdf')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "A4 sheet of QR labels for the cell's active bins, eight to a page, ready to cut" })
  @ApiPdf()
  @ApiErrors('NOT_FOUND', 'PRINT_UNAVAILABLE')
  async labels(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    return pdfResponse(await this.bins.labelSheet(caller, id), `bin-labels-cell-${id}.pdf`);
  }
}
