import type { WasteCategory } from '@zerowaste/shared';
import { Bin } from '../../modules/bins/bin.entity';
import { HouseholdCard } from '../../modules/bins/household-card.entity';
import { uniqueCode } from '../../modules/bins/unique-code';
import { PointsAccount } from '../../modules/points/points-account.entity';
import type { DemoSeedContext } from './demo-seed';

const DEMO_BINS: { cell: string; name: string; category: WasteCategory | null; lat: number; lng: number }[] = [
  { cell: 'community', name: '3 号楼东侧分类站', category: null, lat: 37.0733, lng: 114.5065 },
  { cell: 'community', name: '南门可回收物桶', category: 'recyclable', lat: 37.0727, lng: 114.5061 },
  { cell: 'community', name: '物业楼有害垃圾桶', category: 'hazardous', lat: 37.0735, lng: 114.5058 },
  { cell: 'village', name: '村委会门口分类站', category: null, lat: 36.9986, lng: 114.7129 },
];

/** Bins in 幸福里小区 and 东三召村, and a household card for a villager without a phone. */
export async function seedDemoBins({ em, cellId }: DemoSeedContext): Promise<void> {
  for (const bin of DEMO_BINS) {
    await em.insert(Bin, {
      cellId: cellId(bin.cell),
      code: await uniqueCode(em, Bin),
      codeVersion: 1,
      name: bin.name,
      category: bin.category,
      lat: bin.lat,
      lng: bin.lng,
      status: 'active',
    });
  }
  const card = await em.save(
    HouseholdCard,
    em.create(HouseholdCard, {
      cellId: cellId('village'),
      code: await uniqueCode(em, HouseholdCard),
      codeVersion: 1,
      holderName: '3 排 5 号 李大爷',
      status: 'active',
    }),
  );
  // Every card has its own account, as the service makes one for each card it creates.
  await em.insert(PointsAccount, { userId: null, householdCardId: card.id, balance: 0 });
}
