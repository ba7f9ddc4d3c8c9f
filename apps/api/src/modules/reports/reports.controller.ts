import { Body, Controller, Get, Param, ParseIntPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiPdf, pdfResponse } from '../../common/http/pdf-response';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { YearlyReportNotesDto, YearlyReportNotesResponseDto, YearlyReportQueryDto } from './dto/yearly-report.dto';
import { YearlyReportsService } from './yearly-reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED', 'NOT_FOUND')
@ApiParam({ name: 'year', type: Number, example: 2025, description: 'From 2020 to this year (China time)' })
@Controller('reports/yearly/:year')
@Roles('admin', 'cell_manager')
export class ReportsController {
  constructor(private readonly reports: YearlyReportsService) {}

  @Get()
  @ApiOperation({
    summary: 'The yearly self-evaluation report (PDF) of a cell (its manager, or an admin) or of a region (an admin)',
    description:
      "总体情况、主要做法和成效、存在的问题及建议, from the year's scores, indicators, activities and trend, with the " +
      'text written through PUT /api/reports/yearly/:year/notes. Give exactly one of cellId and regionCode.',
  })
  @ApiPdf()
  @ApiErrors('PRINT_UNAVAILABLE')
  async report(
    @CurrentCaller() caller: Caller,
    @Param('year', ParseIntPipe) year: number,
    @Query() query: YearlyReportQueryDto,
  ): Promise<StreamableFile> {
    const { pdf, filename } = await this.reports.report(caller, year, query);
    return pdfResponse(pdf, filename);
  }

  @Get('notes')
  @ApiOperation({ summary: "What has been written for a year's report (cellId or regionCode)" })
  @ApiOkResponse({ type: YearlyReportNotesResponseDto })
  getNotes(
    @CurrentCaller() caller: Caller,
    @Param('year', ParseIntPipe) year: number,
    @Query() query: YearlyReportQueryDto,
  ): Promise<YearlyReportNotesResponseDto> {
    return this.reports.getNotes(caller, year, query);
  }

  @Put('notes')
  @ApiOperation({
    summary: "Write a year's report text: a cell's manager for their cell, an admin for a cell or a region",
    description: 'A section left out keeps what was written; an empty string clears it.',
  })
  @ApiOkResponse({ type: YearlyReportNotesResponseDto })
  putNotes(
    @CurrentCaller() caller: Caller,
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: YearlyReportNotesDto,
  ): Promise<YearlyReportNotesResponseDto> {
    return this.reports.putNotes(caller, year, dto);
  }
}
