import { chinaDayStart, type WeeklySlot } from '@zerowaste/shared';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import type { Config } from '../../config/config';
import { DEFAULT_PII_KEY } from '../../config/pickup.config';
import { Pickup } from '../../modules/pickups/pickup.entity';
import { PickupArea, PickupAreaCell, PickupAreaCollector } from '../../modules/pickups/pickup-area.entity';
import { PickupSlot } from '../../modules/pickups/pickup-slot.entity';
import { bookedRow } from '../../modules/pickups/pickup-view';
import type { DemoSeedContext } from './demo-seed';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

// Every day of the week, so a demo at any hour finds a slot today or tomorrow (China time).
const DEMO_WEEKLY: WeeklySlot[] = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, start: '09:00', end: '11:00', capacity: 12 },
  { weekday, start: '14:00', end: '16:00', capacity: 12 },
  { weekday, start: '19:00', end: '21:00', capacity: 8 },
]);

const DEMO_BOOKING = {
  phone: '13903190001',
  address: { text: '幸福里小区 5 号楼 1 单元 302', lat: 37.0733, lng: 114.5066 },
  items: [
    { category: 'paper' as const, estimatedKg: 6 },
    { category: 'textile' as const, estimatedKg: 3 },
  ],
  note: '纸箱已捆好，放在门口',
};

/**
 * One pickup area, 幸福里小区 and 东三召村, served by the demo collector, with a weekly template; and
 * 王阿姨's booking of tomorrow morning's slot (made from the template, as reading the slots would).
 */
export async function seedDemoPickups({ em, cellId, userId }: DemoSeedContext): Promise<void> {
  const area = await em.save(
    PickupArea,
    em.create(PickupArea, { name: '幸福里—东三召回收片区', weekly: DEMO_WEEKLY, active: true }),
  );
  await em.insert(
    PickupAreaCell,
    ['community', 'village'].map((key) => ({ cellId: cellId(key), areaId: area.id })),
  );
  const collector = userId('demo-collector');
  await em.insert(PickupAreaCollector, { areaId: area.id, userId: collector });

  const startsAt = new Date(chinaDayStart(new Date(Date.now() + DAY)).getTime() + 9 * HOUR);
  // Paper and textiles take one unit each (pickup.units).
  const units = DEMO_BOOKING.items.length;
  const slot = await em.save(
    PickupSlot,
    em.create(PickupSlot, {
      areaId: area.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      capacity: 12,
      booked: units,
      closed: false,
      fromTemplate: true,
    }),
  );
  // The seed runs in demo mode and from the CLI, before the app's config exists: the key is read
  // as the config reads it (PII_KEY, else the development default that production refuses).
  const cipher = new PiiCipher({ pii: { key: process.env.PII_KEY || DEFAULT_PII_KEY } } as Config);
  await em.insert(
    Pickup,
    bookedRow(cipher, {
      userId: userId('demo-resident'),
      areaId: area.id,
      cellId: cellId('community'),
      slot,
      collectorUserId: collector,
      units,
      items: DEMO_BOOKING.items,
      phone: DEMO_BOOKING.phone,
      address: DEMO_BOOKING.address,
      note: DEMO_BOOKING.note,
      subscribe: [],
    }),
  );
}
