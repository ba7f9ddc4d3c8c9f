import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cell } from '../cells/cell.entity';
import { ImagesModule } from '../images/images.module';
import { Region } from '../regions/region.entity';
import { RewardsModule } from '../rewards/rewards.module';
import { Place } from './place.entity';
import { PlaceImportService } from './place-import.service';
import { PlaceStatusReport } from './place-status-report.entity';
import { PlacesController } from './places.controller';
import { PlacesService } from './places.service';

/** Where residents take things (drop-off points, hazardous-waste points, flea markets…): nearby search, hours, live status. */
@Module({
  imports: [TypeOrmModule.forFeature([Place, PlaceStatusReport, Cell, Region]), ImagesModule, RewardsModule],
  controllers: [PlacesController],
  providers: [PlacesService, PlaceImportService],
  exports: [PlacesService],
})
export class PlacesModule {}
