import { Injectable, type OnModuleInit } from '@nestjs/common';
import { chinaDateOf, PICKUP_CATEGORY_LABELS, type PickupItem } from '@zerowaste/shared';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { NotificationsService, type OutgoingMessage } from '../notifications/notifications.service';
import { type PickupEvent, PickupsService } from './pickups.service';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
/** WeChat's `thing` fields hold at most 20 characters. */
const THING_MAX = 20;
/** The page a pickup's messages open in the mini-program. */
const PICKUP_PAGE = 'packages/pickup/pages/detail/index';

/** The booking's fields for a subscription message: what and when, never the phone or the address. */
export interface PickupMessageFacts {
  id: number;
  userId: number;
  startsAt: Date;
  items: PickupItem[];
}

/**
 * The subscription messages of doorstep pickups (the consents given when booking are recorded by
 * `PickupsService.book`, in its transaction): the collector setting out queues "on the way" (the
 * evening reminder is `PickupJobs`'). Template fields: `thing1` what is collected, `time2` when, `thing3` a note.
 */
@Injectable()
export class PickupNotifications implements OnModuleInit {
  constructor(
    private readonly pickups: PickupsService,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.pickups.onEvent((event) => this.handle(event));
  }

  /** Queues the evening-before reminder of a booking, using its consent; false without one. */
  queueReminder(em: EntityManager, pickup: PickupMessageFacts, now = new Date()): Promise<boolean> {
    return this.notifications.queue(em, message(pickup, 'pickup_reminder', '明天上门回收，请提前备好物品'), now);
  }

  private async handle({ kind, pickup }: PickupEvent): Promise<void> {
    if (kind === 'started') {
      await this.tx.run((em) =>
        this.notifications.queue(em, message(pickup, 'pickup_on_the_way', '回收员已出发，请留意来电')),
      );
    }
  }
}

function message(pickup: PickupMessageFacts, topic: OutgoingMessage['topic'], note: string): OutgoingMessage {
  const what = pickup.items.map((i) => PICKUP_CATEGORY_LABELS[i.category]).join('、');
  return {
    userId: pickup.userId,
    topic,
    ref: { refType: 'pickup', refId: pickup.id },
    page: `${PICKUP_PAGE}?id=${pickup.id}`,
    data: { thing1: clip(what), time2: chinaClock(pickup.startsAt), thing3: clip(note) },
  };
}

function clip(text: string): string {
  return [...text].length > THING_MAX ? `${[...text].slice(0, THING_MAX - 1).join('')}…` : text;
}

/** `YYYY-MM-DD HH:MM` in China time, as WeChat's `time` fields read. */
function chinaClock(at: Date): string {
  return `${chinaDateOf(at)} ${new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(11, 16)}`;
}
