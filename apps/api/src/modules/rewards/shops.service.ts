import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type GeoBox, isInChina, type Page } from '@zerowaste/shared';
import { Between, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageWindow, toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ScopeTargets } from '../../common/scope/scope-targets';
import { TransactionRunner } from '../../database/transaction-runner';
import { UsersService } from '../users/users.service';
import {
  type CreateRewardDto,
  type RewardListQueryDto,
  RewardResponseDto,
  type UpdateRewardDto,
} from './dto/reward.dto';
import { type CreateShopDto, type ShopListQueryDto, ShopResponseDto } from './dto/shop.dto';
import { Reward } from './reward.entity';
import { Shop } from './shop.entity';

/** Points shops and their rewards: managed by the managers of the shop's cell (and admins), shown to everyone. */
@Injectable()
export class ShopsService implements OnModuleInit {
  constructor(
    @InjectRepository(Shop) private readonly shops: Repository<Shop>,
    @InjectRepository(Reward) private readonly rewards: Repository<Reward>,
    private readonly users: UsersService,
    private readonly scopeTargets: ScopeTargets,
    private readonly tx: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.scopeTargets.register('shop', async (ids) =>
      (await this.shops.find({ where: { id: In(ids) }, select: { id: true } })).map((s) => s.id),
    );
  }

  /** Creates the shop and makes its shopkeeper the shopkeeper of this shop, in one transaction. */
  async create(caller: Caller, dto: CreateShopDto): Promise<ShopResponseDto> {
    caller.assertCanSee({ cellId: dto.cellId }, ['cell_manager'], 'Cell');
    if ((await this.scopeTargets.missing('cell', [dto.cellId])).length) {
      throw AppError.invalidField('cellId', `no cell ${dto.cellId}`);
    }
    if (!isInChina({ lat: dto.lat, lng: dto.lng })) {
      throw AppError.invalidField('lat', 'must be a GCJ-02 point in China (are lat and lng swapped?)');
    }
    if (!(await this.users.exists(dto.shopkeeperUserId))) {
      throw AppError.invalidField('shopkeeperUserId', `no user ${dto.shopkeeperUserId}`);
    }
    const shop = await this.tx.run(async (em) => {
      const saved = await em.save(
        Shop,
        em.create(Shop, {
          name: dto.name.trim(),
          cellId: dto.cellId,
          lat: dto.lat,
          lng: dto.lng,
          shopkeeperUserId: dto.shopkeeperUserId,
          active: true,
        }),
      );
      await this.users.grantRole(em, dto.shopkeeperUserId, {
        role: 'shopkeeper',
        scopeKind: 'shop',
        scopeId: saved.id,
      });
      return saved;
    });
    this.users.rolesChanged(dto.shopkeeperUserId);
    return ShopResponseDto.from(shop);
  }

  async list(query: ShopListQueryDto): Promise<Page<ShopResponseDto>> {
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.shops.findAndCount({
      where: { active: true, ...(query.cellId !== undefined && { cellId: query.cellId }) },
      order: { id: 'ASC' },
      skip,
      take,
    });
    return toPage(query, rows, total, ShopResponseDto.from);
  }

  /** Open shops inside a box of coordinates, for the places module's nearby answers (a city has tens of shops). */
  async activeWithin(box: GeoBox): Promise<ShopResponseDto[]> {
    const rows = await this.shops.find({
      where: { active: true, lat: Between(box.minLat, box.maxLat), lng: Between(box.minLng, box.maxLng) },
    });
    return rows.map(ShopResponseDto.from);
  }

  /** An active shop for anyone; a closed one only for those who run it. */
  async get(caller: Caller, id: number): Promise<ShopResponseDto> {
    const shop = await this.shops.findOne({ where: { id } });
    if (
      !shop ||
      (!shop.active && !caller.canSee({ cellId: shop.cellId, shopId: shop.id }, ['cell_manager', 'shopkeeper']))
    ) {
      throw AppError.notFound('Shop');
    }
    return ShopResponseDto.from(shop);
  }

  async createReward(caller: Caller, shopId: number, dto: CreateRewardDto): Promise<RewardResponseDto> {
    const shop = await this.shops.findOne({ where: { id: shopId } });
    if (!shop) throw AppError.notFound('Shop');
    caller.assertCanSee({ cellId: shop.cellId }, ['cell_manager'], 'Shop');
    const reward = await this.tx.run((em) =>
      em.save(
        Reward,
        em.create(Reward, {
          shopId,
          name: dto.name.trim(),
          cost: dto.cost,
          stock: dto.stock,
          photoUrl: dto.photoUrl ?? null,
          active: true,
        }),
      ),
    );
    return RewardResponseDto.from(reward);
  }

  /**
   * Every reward of the shop, withdrawn ones too, so that whoever stocks it can offer one again
   * (the public list shows only what can be redeemed now).
   */
  async shelfOf(caller: Caller, shopId: number, query: PageQueryDto): Promise<Page<RewardResponseDto>> {
    const shop = await this.shops.findOne({ where: { id: shopId }, select: { id: true, cellId: true } });
    if (!shop) throw AppError.notFound('Shop');
    caller.assertCanSee({ cellId: shop.cellId }, ['cell_manager'], 'Shop');
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.rewards.findAndCount({ where: { shopId }, order: { id: 'ASC' }, skip, take });
    return toPage(query, rows, total, RewardResponseDto.from);
  }

  /** Stock is set to what is on the shelf now; redemptions already made keep their units. */
  async updateReward(caller: Caller, id: number, dto: UpdateRewardDto): Promise<RewardResponseDto> {
    const reward = await this.rewards.findOne({ where: { id }, relations: { shop: true } });
    if (!reward?.shop) throw AppError.notFound('Reward');
    caller.assertCanSee({ cellId: reward.shop.cellId }, ['cell_manager'], 'Reward');
    const changes: Partial<Reward> = {};
    if (dto.name !== undefined) changes.name = dto.name.trim();
    if (dto.cost !== undefined) changes.cost = dto.cost;
    if (dto.stock !== undefined) changes.stock = dto.stock;
    if (dto.active !== undefined) changes.active = dto.active;
    if (dto.photoUrl !== undefined) changes.photoUrl = dto.photoUrl;
    if (Object.keys(changes).length) await this.tx.run((em) => em.update(Reward, { id }, changes));
    return RewardResponseDto.from(await this.rewards.findOneOrFail({ where: { id } }));
  }

  /** What can be redeemed: active rewards of active shops. */
  async listRewards(query: RewardListQueryDto): Promise<Page<RewardResponseDto>> {
    const qb = this.rewards
      .createQueryBuilder('r')
      .innerJoin('r.shop', 's')
      .where('r.active = :active AND s.active = :active', { active: true });
    if (query.shopId !== undefined) qb.andWhere('r.shopId = :shopId', { shopId: query.shopId });
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.orderBy('r.id', 'ASC').skip(skip).take(take).getManyAndCount();
    return toPage(query, rows, total, RewardResponseDto.from);
  }
}
