import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { CellsService } from './cells.service';
import { CreateCellDto, UpdateCellDto } from './dto/cell-input.dto';
import { CellDirectoryQueryDto, CellListQueryDto } from './dto/cell-query.dto';
import { CellResponseDto, CellSummaryDto } from './dto/cell-response.dto';

@ApiTags('cells')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller('cells')
export class CellsController {
  constructor(private readonly cells: CellsService) {}

  @Get()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Cells to manage: all for an admin, their own for a cell manager' })
  @ApiOkResponse({ type: PageDto(CellResponseDto) })
  list(@CurrentCaller() caller: Caller, @Query() query: CellListQueryDto) {
    return this.cells.list(caller, query);
  }

  @Get('directory')
  @ApiOperation({ summary: 'Public directory of cells, nearest first when lat/lng are given' })
  @ApiOkResponse({ type: PageDto(CellSummaryDto) })
  directory(@Query() query: CellDirectoryQueryDto) {
    return this.cells.directory(query);
  }

  @Get(':id')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'One cell (admin, or a manager of that cell)' })
  @ApiOkResponse({ type: CellResponseDto })
  @ApiErrors('NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<CellResponseDto> {
    return this.cells.get(caller, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a cell (admin)' })
  @ApiCreatedResponse({ type: CellResponseDto })
  create(@Body() dto: CreateCellDto): Promise<CellResponseDto> {
    return this.cells.create(dto);
  }

  @Patch(':id')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Edit a cell; a manager may change only name, address, households and location' })
  @ApiOkResponse({ type: CellResponseDto })
  @ApiErrors('NOT_FOUND')
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateCellDto,
  ): Promise<CellResponseDto> {
    return this.cells.update(caller, id, dto);
  }
}
