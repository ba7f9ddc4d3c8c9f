import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../../common/auth/caller';
import { CurrentCaller } from '../../../common/decorators/current-caller.decorator';
import { Roles } from '../../../common/decorators/roles.decorator';
import { ApiErrors } from '../../../common/openapi/api-errors.decorator';
import { PageDto } from '../../../common/pagination/page.dto';
import { CreateEvidenceDto, EvidenceDto, EvidenceQueryDto, RejectEvidenceDto } from './evidence.dto';
import { EvidenceService } from './evidence.service';

@ApiTags('scoring')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('cells/:id/evidence')
  @Roles('cell_manager')
  @ApiOperation({
    summary: "Submit evidence for a manual indicator of the cell's rubric (the cell's manager); waits for an admin",
  })
  @ApiCreatedResponse({ type: EvidenceDto })
  @ApiErrors('NOT_FOUND')
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CreateEvidenceDto,
  ): Promise<EvidenceDto> {
    return this.evidence.submit(caller, id, dto);
  }

  @Get('cells/:id/evidence')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "A cell's evidence, newest first" })
  @ApiOkResponse({ type: PageDto(EvidenceDto) })
  @ApiErrors('NOT_FOUND')
  listOfCell(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: EvidenceQueryDto) {
    return this.evidence.listOfCell(caller, id, query);
  }

  @Get('evidence')
  @Roles('admin')
  @ApiOperation({ summary: 'The review queue, oldest first (pending unless ?status= says otherwise)' })
  @ApiOkResponse({ type: PageDto(EvidenceDto) })
  queue(@Query() query: EvidenceQueryDto) {
    return this.evidence.queue(query);
  }

  @Post('evidence/:id/approve')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Approve pending evidence: it counts for its indicator (the latest approved one does)' })
  @ApiOkResponse({ type: EvidenceDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  approve(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<EvidenceDto> {
    return this.evidence.approve(caller, id);
  }

  @Post('evidence/:id/reject')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Reject pending evidence with a reason the manager sees' })
  @ApiOkResponse({ type: EvidenceDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  reject(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: RejectEvidenceDto,
  ): Promise<EvidenceDto> {
    return this.evidence.reject(caller, id, dto.reason);
  }
}
