import { PLACE_TYPES, type PlaceType, WASTE_CATEGORIES, type WasteCategory } from '@zerowaste/shared';
import { Place } from '../../modules/places/place.entity';
import { latBandOf, parsedHours } from '../../modules/places/places.service';
import type { DemoSeedContext } from './demo-seed';

/** What each type takes, and hours typical of it (the text form of `parseOpeningHours`). */
const KINDS: Record<PlaceType, { name: string; categories: WasteCategory[]; hours: string | null }> = {
  drop_off_point: { name: '交投点', categories: ['recyclable', 'hazardous'], hours: 'Mo-Su 07:00-09:00,18:00-20:30' },
  transfer_station: { name: '垃圾中转站', categories: [...WASTE_CATEGORIES], hours: '05:00-22:00' },
  sorting_center: { name: '再生资源分拣中心', categories: ['recyclable'], hours: 'Mo-Sa 08:00-17:30; Su off' },
  hazardous_point: {
    name: '有害垃圾贮存点',
    categories: ['hazardous'],
    hours: 'Mo-Fr 08:30-17:30; Sa 09:00-12:00; Su off',
  },
  textile_bin: { name: '旧衣回收箱', categories: ['recyclable'], hours: '24/7' },
  express_packaging_point: { name: '快递包装回收点', categories: ['recyclable'], hours: '08:00-21:00' },
  pesticide_packaging_point: { name: '农药包装回收点', categories: ['hazardous'], hours: 'Mo-Sa 08:00-12:00' },
  flea_market: { name: '跳蚤市场', categories: ['recyclable'], hours: 'Sa 09:00-12:00' },
};

const CENTERS = [
  { cell: 'community', lat: 37.0731, lng: 114.5062, regionCode: '130502' },
  { cell: 'village', lat: 36.9986, lng: 114.7129, regionCode: '130503' },
];
const PER_CENTER = 150;

/**
 * A few hundred places around the demo cells, spread over about ±3 km, generated from a fixed seed so
 * that every demo has the same city; every tenth is a hazardous-waste point, as the guide links them.
 */
export async function seedDemoPlaces({ em, cellId }: DemoSeedContext): Promise<void> {
  let seed = 20261203;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const rows = CENTERS.flatMap((center) =>
    Array.from({ length: PER_CENTER }, (_, i) => {
      const type = i % 10 === 0 ? 'hazardous_point' : PLACE_TYPES[Math.floor(random() * PLACE_TYPES.length)];
      const kind = KINDS[type];
      const lat = Math.round((center.lat + (random() - 0.5) * 0.055) * 1e6) / 1e6;
      const lng = Math.round((center.lng + (random() - 0.5) * 0.07) * 1e6) / 1e6;
      return {
        type,
        name: `${kind.name} ${i + 1} 号`,
        address: `${center.cell === 'community' ? '襄都区' : '信都区'}示范路 ${i + 1} 号`,
        lat,
        lng,
        latBand: latBandOf(lat),
        categories: kind.categories,
        hoursText: kind.hours,
        hours: parsedHours(kind.hours),
        phone: null,
        regionCode: center.regionCode,
        // The nearest ones belong to the demo cell, so its manager has places to look after.
        cellId: i < 20 ? cellId(center.cell) : null,
        retiredAt: null,
      };
    }),
  );
  for (let i = 0; i < rows.length; i += 100) {
    await em
      .createQueryBuilder()
      .insert()
      .into(Place)
      .values(rows.slice(i, i + 100))
      .updateEntity(false)
      .execute();
  }
}
