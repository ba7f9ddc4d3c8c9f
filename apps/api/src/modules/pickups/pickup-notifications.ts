import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { type PickupMessageFacts, pickupMessage } from './pickup-messages';

/**
 * The evening-before reminder of doorstep pickups, queued by `PickupJobs`. The consents given when
 * booking and the "on the way" message are queued by `PickupsService` itself, in the transaction of
 * the booking and of the start, so a crash between the two can lose neither.
 */
@Injectable()
export class PickupNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  /** Queues the evening-before reminder of a booking, using its consent; false without one. */
  queueReminder(em: EntityManager, pickup: PickupMessageFacts, now = new Date()): Promise<boolean> {
    return this.notifications.queue(em, pickupMessage(pickup, 'pickup_reminder', '明天上门回收，请提前备好物品'), now);
  }
}
