import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommonModule } from './common/common.module';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import type { Config } from './config/config';
import { ConfigModule } from './config/config.module';
import { buildDataSourceOptions } from './database/data-source';
import { ActivitiesModule } from './modules/activities/activities.module';
import { AuthModule } from './modules/auth/auth.module';
import { BenchModule } from './modules/bench/bench.module';
import { BinsModule } from './modules/bins/bins.module';
import { CellsModule } from './modules/cells/cells.module';
import { DropsModule } from './modules/drops/drops.module';
import { HealthController } from './modules/health/health.controller';
import { ImagesModule } from './modules/images/images.module';
import { MetaController } from './modules/meta/meta.controller';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PickupNotificationsModule } from './modules/pickups/pickup-notifications.module';
import { PickupsModule } from './modules/pickups/pickups.module';
import { PlacesModule } from './modules/places/places.module';
import { PointsModule } from './modules/points/points.module';
import { RegionsModule } from './modules/regions/regions.module';
import { ReportsModule } from './modules/reports/reports.module';
import { RewardsModule } from './modules/rewards/rewards.module';
import { ScoringModule } from './modules/scoring/scoring.module';
import { SortingModule } from './modules/sorting/sorting.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: async () => ({
            ...(await buildDataSourceOptions(config.db)),
            retryAttempts: config.app.production ? 10 : 1,
            retryDelay: 1000,
          }),
        }),
        CommonModule,
        AuthModule,
        UsersModule,
        RegionsModule,
        CellsModule,
        PointsModule,
        SortingModule,
        BinsModule,
        DropsModule,
        RewardsModule,
        ImagesModule,
        ScoringModule,
        ActivitiesModule,
        ReportsModule,
        PickupsModule,
        PlacesModule,
        NotificationsModule,
        PickupNotificationsModule,
        ...(config.app.benchRoutes ? [BenchModule] : []),
      ],
      controllers: [HealthController, MetaController],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
