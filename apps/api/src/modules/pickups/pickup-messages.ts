import { chinaDateOf, PICKUP_CATEGORY_LABELS, type PickupItem } from '@zerowaste/shared';
import type { OutgoingMessage } from '../notifications/notifications.service';

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
 * A pickup's subscription message. Template fields: `thing1` what is collected, `time2` when,
 * `thing3` a note.
 */
export function pickupMessage(
  pickup: PickupMessageFacts,
  topic: OutgoingMessage['topic'],
  note: string,
): OutgoingMessage {
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
