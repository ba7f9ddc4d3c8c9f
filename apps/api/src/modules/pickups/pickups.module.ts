import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImagesModule } from '../images/images.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PointsModule } from '../points/points.module';
import { MeasuresModule } from '../scoring/measures.module';
import { UsersModule } from '../users/users.module';
import { Pickup } from './pickup.entity';
import { PickupArea, PickupAreaCell, PickupAreaCollector } from './pickup-area.entity';
import { PickupAreasController } from './pickup-areas.controller';
import { PickupAreasService } from './pickup-areas.service';
import { PickupMeasures } from './pickup-measures';
import { PickupSlot } from './pickup-slot.entity';
import { PickupsController } from './pickups.controller';
import { PickupsService } from './pickups.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PickupArea, PickupAreaCell, PickupAreaCollector, PickupSlot, Pickup]),
    PointsModule,
    UsersModule,
    ImagesModule,
    MeasuresModule,
    NotificationsModule,
  ],
  controllers: [PickupAreasController, PickupsController],
  providers: [PickupAreasService, PickupsService, PickupMeasures],
  exports: [PickupsService, PickupAreasService],
})
export class PickupsModule {}
