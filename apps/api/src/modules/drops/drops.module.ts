import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BinsModule } from '../bins/bins.module';
import { PointsModule } from '../points/points.module';
import { MeasuresModule } from '../scoring/measures.module';
import { Drop } from './drop.entity';
import { DropMeasures } from './drop-measures';
import { DropsController } from './drops.controller';
import { DropsService } from './drops.service';

@Module({
  imports: [TypeOrmModule.forFeature([Drop]), BinsModule, PointsModule, MeasuresModule],
  controllers: [DropsController],
  providers: [DropsService, DropMeasures],
  exports: [DropMeasures],
})
export class DropsModule {}
