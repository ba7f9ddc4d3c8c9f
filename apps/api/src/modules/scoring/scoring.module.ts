import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cell } from '../cells/cell.entity';
import { DropsModule } from '../drops/drops.module';
import { ImagesModule } from '../images/images.module';
import { CellScore } from './cell-score.entity';
import { EvidenceController } from './evidence/evidence.controller';
import { Evidence } from './evidence/evidence.entity';
import { EvidenceService } from './evidence/evidence.service';
import { MeasuresModule } from './measures.module';
import { RubricVersion } from './rubric-version.entity';
import { RubricsService } from './rubrics.service';
import { ScoreReader } from './score-reader';
import { ScoresController } from './scores.controller';
import { ScoringJob } from './scoring.job';
import { ScoringService } from './scoring.service';
import { ScoringRun } from './scoring-run.entity';

/** Zero-waste cell scoring: rubrics as data, monthly scores from registered measures and approved evidence. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Cell, CellScore, RubricVersion, Evidence, ScoringRun]),
    MeasuresModule,
    DropsModule,
    ImagesModule,
  ],
  controllers: [ScoresController, EvidenceController],
  providers: [RubricsService, ScoringService, EvidenceService, ScoringJob, ScoreReader],
  exports: [ScoringService, ScoreReader],
})
export class ScoringModule {}
