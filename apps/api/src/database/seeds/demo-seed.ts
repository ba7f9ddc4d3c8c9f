import { DEMO_USERS, parentRegionCode, type RoleGrant } from '@zerowaste/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Cell } from '../../modules/cells/cell.entity';
import { Region } from '../../modules/regions/region.entity';
import { RoleGrantEntity } from '../../modules/users/role-grant.entity';
import { User } from '../../modules/users/user.entity';
import { seedDemoBins } from './demo-bins';
import { seedDemoHistory } from './demo-history';
import { seedDemoPickups } from './demo-pickups';
import { seedDemoPlaces } from './demo-places';
import { seedDemoRewards } from './demo-rewards';
import { XINGTAI_CELLS, XINGTAI_REGIONS } from './xingtai';

export type DemoOpenid = (typeof DEMO_USERS)[number]['openid'];

/** Which seeded cell is each demo user's home, and the scoped roles they hold (by cell key). */
const DEMO_PROFILES: Record<DemoOpenid, { home: string; scopedCells?: string[] }> = {
  'demo-resident': { home: 'community' },
  'demo-villager': { home: 'village' },
  'demo-collector': { home: 'community' },
  'demo-inspector': { home: 'community', scopedCells: ['community', 'village'] },
  'demo-shopkeeper': { home: 'village' },
  'demo-manager': { home: 'community', scopedCells: ['community', 'school'] },
  'demo-chief': { home: 'community2' },
  'demo-admin': { home: 'office' },
};

/** What a feature's demo seed can look up: the seeded cells by key and users by openid. */
export interface DemoSeedContext {
  em: EntityManager;
  cellId(key: string): number;
  userId(openid: DemoOpenid): number;
}

/** Features add their demo data here (bins, shops…); each runs in the seed's transaction, in order. */
const FEATURE_SEEDS: ((ctx: DemoSeedContext) => Promise<void>)[] = [
  seedDemoBins,
  seedDemoRewards,
  seedDemoHistory,
  seedDemoPickups,
  seedDemoPlaces,
];

/**
 * Fills an empty database with the demo city and one user per role. Runs once: it does nothing when
 * any user or cell already exists, so it never writes over real data. Returns whether it seeded.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    if ((await em.count(User)) > 0 || (await em.count(Cell)) > 0) return false;

    const existingRegions = new Set((await em.find(Region, { select: { code: true } })).map((r) => r.code));
    const regions = XINGTAI_REGIONS.filter((r) => !existingRegions.has(r.code)).map((r) => ({
      ...r,
      parentCode: parentRegionCode(r.code),
    }));
    // Parents first: the tree's foreign key needs them.
    for (const region of regions) await em.insert(Region, region);

    const cellIds = new Map<string, number>();
    for (const { key, ...cell } of XINGTAI_CELLS) {
      const saved = await em.save(Cell, em.create(Cell, { ...cell, status: 'building' }));
      cellIds.set(key, saved.id);
    }
    const cellId = (key: string) => {
      const id = cellIds.get(key);
      if (id === undefined) throw new Error(`Demo seed refers to unknown cell ${key}`);
      return id;
    };

    const userIds = new Map<string, number>();
    for (const demo of DEMO_USERS) {
      const profile = DEMO_PROFILES[demo.openid];
      const user = await em.save(
        User,
        em.create(User, { openid: demo.openid, nickname: demo.nickname, homeCellId: cellId(profile.home) }),
      );
      userIds.set(demo.openid, user.id);
      const grants: RoleGrant[] = [{ role: 'resident', scopeKind: null, scopeId: null }];
      if (demo.role !== 'resident') {
        const scoped = profile.scopedCells?.map((key) => ({
          role: demo.role,
          scopeKind: 'cell' as const,
          scopeId: cellId(key),
        }));
        // A shopkeeper's shop and a chief's river segments arrive with their features; until then the role is unscoped.
        grants.push(...(scoped ?? [{ role: demo.role, scopeKind: null, scopeId: null }]));
      }
      await em.insert(
        RoleGrantEntity,
        grants.map((g) => ({
          userId: user.id,
          role: g.role,
          scopeKind: g.scopeKind ?? null,
          scopeId: g.scopeId ?? null,
        })),
      );
    }
    const userId = (openid: DemoOpenid) => userIds.get(openid) as number;
    for (const seed of FEATURE_SEEDS) await seed({ em, cellId, userId });
    return true;
  });
}
