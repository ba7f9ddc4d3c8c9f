import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { ActivitiesService } from './activities.service';
import { ActivityDto, ActivityListQueryDto, CreateActivityDto } from './dto/activity.dto';

@ApiTags('activities')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED', 'VALIDATION_FAILED', 'NOT_FOUND')
@Controller('cells/:id/activities')
@Roles('admin', 'cell_manager')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Post()
  @ApiOperation({
    summary: 'Log an activity of the cell (its manager, or an admin): the rubrics count them per month',
  })
  @ApiCreatedResponse({ type: ActivityDto })
  create(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) cellId: number,
    @Body() dto: CreateActivityDto,
  ): Promise<ActivityDto> {
    return this.activities.create(caller, cellId, dto);
  }

  @Get()
  @ApiOperation({ summary: "The cell's activities, newest first (its manager, or an admin)" })
  @ApiOkResponse({ type: PageDto(ActivityDto) })
  list(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) cellId: number,
    @Query() query: ActivityListQueryDto,
  ) {
    return this.activities.list(caller, cellId, query);
  }
}
