import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import {
  CreatePlaceDto,
  NearbyItemDto,
  NearbyQueryDto,
  PlaceDto,
  PlaceImportDto,
  PlaceProblemDto,
  PlaceProblemsQueryDto,
  PlaceStatusReportDto,
  PlaceStatusReportResponseDto,
  UpdatePlaceDto,
} from './dto/place.dto';
import { PLACE_CSV_HEADER, PlaceImportService } from './place-import.service';
import { PlacesService } from './places.service';

@ApiTags('places')
@ApiErrors('VALIDATION_FAILED')
@Controller('places')
export class PlacesController {
  constructor(
    private readonly places: PlacesService,
    private readonly importer: PlaceImportService,
  ) {}

  @Get('nearby')
  @Public()
  @ApiOperation({
    summary: 'Places and points shops near a point, nearest first, with distance, open-now and live status',
    description:
      '`category=hazardous` lists where an item of that category goes (the guide item page); `openNow=true` ' +
      'keeps places open now in China time; a points shop has no hours or categories, so either filter leaves it out.',
  })
  @ApiOkResponse({ type: PageDto(NearbyItemDto) })
  nearby(@Query() query: NearbyQueryDto) {
    return this.places.nearby(query);
  }

  @Get('problems')
  @ApiBearerAuth()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "Places with open status reports, latest first: the manager's cells (admins: all)" })
  @ApiOkResponse({ type: PageDto(PlaceProblemDto) })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  problems(@CurrentCaller() caller: Caller, @Query() query: PlaceProblemsQueryDto) {
    return this.places.problems(caller, query);
  }

  @Post('import')
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({
    summary: 'Import places from a CSV, all or nothing',
    description:
      `A \`text/csv\` body or multipart/form-data with the file in \`file\`; header \`${PLACE_CSV_HEADER.join(',')}\`; ` +
      '`categories` separated by `|`; `hours` as in POST /api/places (quote it when it holds commas). Any bad row → ' +
      '422 IMPORT_INVALID with `errors` naming each row (the header is row 1) and field; nothing is imported.',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      type: 'string',
      example: `${PLACE_CSV_HEADER.join(',')}\nhazardous_point,幸福里有害垃圾点,幸福里3号楼,37.07,114.5,hazardous,"Mo-Fr 08:00-18:00",130503`,
    },
  })
  @ApiCreatedResponse({ type: PlaceImportDto })
  @ApiErrors('UNAUTHENTICATED', 'IMPORT_INVALID', 'PAYLOAD_TOO_LARGE')
  import(@Req() request: FastifyRequest): Promise<PlaceImportDto> {
    return this.importer.import(request);
  }

  @Post()
  @ApiBearerAuth()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Add a place: admins anywhere, cell managers in their cells' })
  @ApiCreatedResponse({ type: PlaceDto })
  @ApiErrors('UNAUTHENTICATED')
  create(@CurrentCaller() caller: Caller, @Body() dto: CreatePlaceDto): Promise<PlaceDto> {
    return this.places.create(caller, dto);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A place with its hours, open-now (China time) and live status' })
  @ApiOkResponse({ type: PlaceDto })
  @ApiErrors('NOT_FOUND')
  get(@Param('id', ParseIntPipe) id: number): Promise<PlaceDto> {
    return this.places.get(id);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Change a place (its cell manager, or an admin)' })
  @ApiOkResponse({ type: PlaceDto })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  update(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdatePlaceDto) {
    return this.places.update(caller, id, dto);
  }

  @Delete(':id')
  @ApiBearerAuth()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: 'Retire a place: it leaves nearby answers (its cell manager, or an admin)' })
  @ApiOkResponse({ type: PlaceDto })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  retire(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<PlaceDto> {
    return this.places.retire(caller, id);
  }

  @Post(':id/status-reports')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Report a place full, broken or closed; it shows until PLACE_REPORT_HOURS pass' })
  @ApiCreatedResponse({ type: PlaceStatusReportResponseDto })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND', 'RATE_LIMITED')
  report(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: PlaceStatusReportDto,
  ): Promise<PlaceStatusReportResponseDto> {
    return this.places.report(caller, id, dto.status);
  }

  @Post(':id/status-reports/clear')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @Roles('admin', 'cell_manager')
  @ApiOperation({ summary: "End a place's open reports once dealt with (its cell manager, or an admin)" })
  @ApiOkResponse({ type: PlaceDto })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  clear(@CurrentCaller() caller: Caller, @Param('id', ParseIntPipe) id: number): Promise<PlaceDto> {
    return this.places.clear(caller, id);
  }
}
