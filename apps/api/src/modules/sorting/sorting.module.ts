import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { GuideController } from './guide.controller';
import { GuideService } from './guide.service';
import { GuideCatalog } from './guide-catalog';
import { QuizController } from './quiz.controller';
import { QuizService } from './quiz.service';

@Module({
  imports: [PointsModule],
  controllers: [GuideController, QuizController],
  providers: [GuideCatalog, GuideService, QuizService],
  exports: [GuideCatalog],
})
export class SortingModule {}
