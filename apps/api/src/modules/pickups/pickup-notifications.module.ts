import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PickupJobs } from './pickup-jobs';
import { PickupNotifications } from './pickup-notifications';
import { PickupsModule } from './pickups.module';

/**
 * The pickups' subscription messages and background jobs, beside `PickupsModule` rather than in it:
 * they follow the bookings through `PickupsService` (its events, `expireDue`, `erasePersonalData`).
 */
@Module({
  imports: [PickupsModule, NotificationsModule],
  providers: [PickupNotifications, PickupJobs],
})
export class PickupNotificationsModule {}
