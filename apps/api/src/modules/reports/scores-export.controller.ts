import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { ScoresExportQueryDto } from './dto/scores-export.dto';
import { ScoresExportService } from './scores-export.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('scores')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller('scores')
export class ScoresExportController {
  constructor(private readonly exports: ScoresExportService) {}

  @Get('export.xlsx')
  @Roles('admin', 'cell_manager')
  @ApiOperation({
    summary:
      "A month's ranking and every indicator's breakdown as an Excel workbook (an admin: every cell; a manager: theirs)",
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(@CurrentCaller() caller: Caller, @Query() query: ScoresExportQueryDto): Promise<StreamableFile> {
    const { xlsx, filename } = await this.exports.workbook(caller, query);
    return new StreamableFile(xlsx, {
      type: XLSX,
      disposition: `attachment; filename="${filename}"`,
      length: xlsx.length,
    });
  }
}
