import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { MeasuresModule } from '../scoring/measures.module';
import { GuideController } from './guide.controller';
import { GuideService } from './guide.service';
import { GuideCatalog } from './guide-catalog';
import { QuizController } from './quiz.controller';
import { QuizService } from './quiz.service';
import { QuizMeasures } from './quiz-measures';

@Module({
  imports: [PointsModule, MeasuresModule],
  controllers: [GuideController, QuizController],
  providers: [GuideCatalog, GuideService, QuizService, QuizMeasures],
  exports: [GuideCatalog],
})
export class SortingModule {}
