import { PickType } from '@nestjs/swagger';
import type { ScoresExportQuery } from '@zerowaste/shared';
import { RankingQueryDto } from '../../scoring/dto/score-query.dto';

/** The ranking's filters, without paging: the workbook holds every row in the caller's scope. */
export class ScoresExportQueryDto
  extends PickType(RankingQueryDto, ['period', 'regionCode', 'type', 'grade'] as const)
  implements ScoresExportQuery {}
