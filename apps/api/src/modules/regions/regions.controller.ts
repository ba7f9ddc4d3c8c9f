import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators/public.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { RegionNodeDto, RegionTreeQueryDto } from './dto/region-node.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The administrative divisions as a tree (GB/T 2260 codes)' })
  @ApiOkResponse({ type: [RegionNodeDto] })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  tree(@Query() query: RegionTreeQueryDto): Promise<RegionNodeDto[]> {
    return this.regions.tree(query.root);
  }
}
