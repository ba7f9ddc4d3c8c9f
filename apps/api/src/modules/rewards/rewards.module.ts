import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BinsModule } from '../bins/bins.module';
import { PointsModule } from '../points/points.module';
import { MeasuresModule } from '../scoring/measures.module';
import { UsersModule } from '../users/users.module';
import { Redemption } from './redemption.entity';
import { RedemptionExpiryJob } from './redemption-expiry.job';
import { RedemptionMeasures } from './redemption-measures';
import { RedemptionsController } from './redemptions.controller';
import { RedemptionsService } from './redemptions.service';
import { Reward } from './reward.entity';
import { RewardsController } from './rewards.controller';
import { Shop } from './shop.entity';
import { ShopsController } from './shops.controller';
import { ShopsService } from './shops.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Shop, Reward, Redemption]),
    BinsModule,
    PointsModule,
    UsersModule,
    MeasuresModule,
  ],
  controllers: [ShopsController, RewardsController, RedemptionsController],
  providers: [ShopsService, RedemptionsService, RedemptionExpiryJob, RedemptionMeasures],
  exports: [RedemptionsService, ShopsService],
})
export class RewardsModule {}
