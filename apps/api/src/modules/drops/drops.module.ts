import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BinsModule } from '../bins/bins.module';
import { PointsModule } from '../points/points.module';
import { Drop } from './drop.entity';
import { DropsController } from './drops.controller';
import { DropsService } from './drops.service';

@Module({
  imports: [TypeOrmModule.forFeature([Drop]), BinsModule, PointsModule],
  controllers: [DropsController],
  providers: [DropsService],
})
export class DropsModule {}
