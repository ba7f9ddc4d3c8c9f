import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { RubricDto } from './dto/rubric.dto';
import {
  CellAlertDto,
  CellScoreDto,
  HomeCellScoreDto,
  RecomputeScoresResponseDto,
  ScoreRankingItemDto,
  ScoreTrendItemDto,
} from './dto/score.dto';
import { RankingQueryDto, RecomputeScoresDto, TrendQueryDto } from './dto/score-query.dto';
import { ParsePeriodPipe } from './period.pipe';
import { ScoringService } from './scoring.service';

@ApiTags('scoring')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED')
@Controller()
export class ScoresController {
  constructor(private readonly scoring: ScoringService) {}

  @Post('scores/recompute')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Score every cell, or one, for a month (a past month keeps its rubric version)' })
  @ApiOkResponse({ type: RecomputeScoresResponseDto })
  async recompute(@Body() dto: RecomputeScoresDto): Promise<RecomputeScoresResponseDto> {
    return { period: dto.period, scored: await this.scoring.recompute(dto.period, dto.cellId) };
  }

  @Get('scores')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "A month's ranking, best first: every cell for an admin, a manager's own cells" })
  @ApiOkResponse({ type: PageDto(ScoreRankingItemDto) })
  ranking(@CurrentCaller() caller: Caller, @Query() query: RankingQueryDto) {
    return this.scoring.ranking(caller, query);
  }

  @Get('cells/:id/scores/:period')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "A cell's score for a month: every indicator's points, its rank, and what to fix" })
  @ApiOkResponse({ type: CellScoreDto })
  @ApiErrors('NOT_FOUND')
  score(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Param('period', ParsePeriodPipe) period: string,
  ): Promise<CellScoreDto> {
    return this.scoring.cellScore(caller, id, period);
  }

  @Get('cells/:id/scores')
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "A cell's monthly totals and grades, oldest first" })
  @ApiOkResponse({ type: PageDto(ScoreTrendItemDto) })
  @ApiErrors('NOT_FOUND')
  trend(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: TrendQueryDto) {
    return this.scoring.trend(caller, id, query);
  }

  @Get('cells/:id/alerts')
  @Roles('admin', 'cell_manager')
  @ApiOperation({
    summary: 'Bins sorted badly over the last 30 days (< 60%), participation falling three months running',
  })
  @ApiOkResponse({ type: PageDto(CellAlertDto) })
  @ApiErrors('NOT_FOUND')
  alerts(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Query() query: PageQueryDto) {
    return this.scoring.alerts(caller, id, query);
  }

  @Get('cells/:id/rubric')
  @Roles('admin', 'cell_manager')
  @ApiOperation({
    summary: 'The rubric the cell is scored with now (its manual indicators are the evidence checklist)',
  })
  @ApiOkResponse({ type: RubricDto })
  @ApiErrors('NOT_FOUND')
  rubric(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number) {
    return this.scoring.rubricOfCell(caller, id);
  }

  @Get('me/home-cell/score')
  @ApiOperation({ summary: "The caller's home cell's latest score and rank, for the home page" })
  @ApiOkResponse({ type: HomeCellScoreDto })
  @ApiErrors('NOT_FOUND')
  homeCell(@CurrentCaller() caller: Caller): Promise<HomeCellScoreDto> {
    return this.scoring.homeCellScore(caller);
  }
}
