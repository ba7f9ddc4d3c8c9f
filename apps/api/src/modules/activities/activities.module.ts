import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cell } from '../cells/cell.entity';
import { ImagesModule } from '../images/images.module';
import { MeasuresModule } from '../scoring/measures.module';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';
import { CellActivity } from './activity.entity';
import { ActivityMeasures } from './activity-measures';

/** What cells hold (publicity days, door-to-door training, flea markets…), and the measures counting them. */
@Module({
  imports: [TypeOrmModule.forFeature([CellActivity, Cell]), ImagesModule, MeasuresModule],
  controllers: [ActivitiesController],
  providers: [ActivitiesService, ActivityMeasures],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
