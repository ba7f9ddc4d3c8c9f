import { Inject, Injectable } from '@nestjs/common';
import { getStorageToken, type ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Page, WASTE_SUBCATEGORIES, type WasteCategory, type WasteSubcategory } from '@zerowaste/shared';
import { DataSource, type EntityManager, IsNull, Not, QueryFailedError } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { pageWindow, toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { containsPattern } from '../../common/sql/like';
import { CONFIG, type Config } from '../../config/config';
import { TransactionRunner } from '../../database/transaction-runner';
import {
  type CreateGuideItemDto,
  DismissedSearchMissDto,
  type GuideAdminItemsQueryDto,
  type GuideBrowseQueryDto,
  GuideItemDto,
  type GuideSearchQueryDto,
  type GuideSearchResponseDto,
  SearchMissDto,
  type UpdateGuideItemDto,
} from './dto/guide.dto';
import { GuideCatalog } from './guide-catalog';
import { normalizeTerm } from './guide-index';
import { GuideItem } from './guide-item.entity';
import { SearchMiss } from './search-miss.entity';

const MAX_TERM_LENGTH = 32;
const MISS_WINDOW_MS = 10 * 60 * 1000;

/** A miss worth an admin's time: not one stray Latin letter or digit, and something besides punctuation. */
export function isWorthRecording(term: string): boolean {
  if (/^[\x20-\x7e]$/.test(term)) return false;
  return /[\p{L}\p{N}]/u.test(term);
}

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

@Injectable()
export class GuideService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly catalog: GuideCatalog,
    @Inject(getStorageToken()) private readonly throttle: ThrottlerStorage,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /**
   * Best matches first; a search that finds nothing is counted for the admins' list of misses, up to
   * a budget per client, so that nobody can fill the list (or the table) by searching junk.
   */
  async search(query: GuideSearchQueryDto, client: string): Promise<GuideSearchResponseDto> {
    const index = await this.catalog.current();
    const result = index.search(query.q, query.limit);
    if (result.total === 0 && !result.categoryMatch) await this.recordMiss(normalizeTerm(query.q), client);
    return {
      items: result.items.map((hit) => GuideItemDto.from(hit.item)),
      total: result.total,
      categoryMatch: result.categoryMatch,
    };
  }

  /** The active items, by pinyin, of one category or all. Served from the index: the same order on every database. */
  async browse(query: GuideBrowseQueryDto): Promise<Page<GuideItemDto>> {
    const items = (await this.catalog.current()).list(query.category);
    const { skip, take } = pageWindow(query);
    return toPage(query, items.slice(skip, skip + take), items.length, GuideItemDto.from);
  }

  async get(id: number): Promise<GuideItemDto> {
    const item = await this.dataSource.getRepository(GuideItem).findOne({ where: { id, active: true } });
    if (!item) throw AppError.notFound('Guide item');
    return GuideItemDto.from(item);
  }

  /**
   * Every item for the admins, hidden ones included (search, browse and the detail show only active
   * ones): the most recently edited first, so an item just hidden is on the first page.
   */
  async adminItems(query: GuideAdminItemsQueryDto): Promise<Page<GuideItemDto>> {
    const qb = this.dataSource
      .getRepository(GuideItem)
      .createQueryBuilder('i')
      .orderBy('i.updatedAt', 'DESC')
      .addOrderBy('i.id', 'DESC');
    if (query.status !== 'all') qb.andWhere('i.active = :active', { active: query.status === 'active' });
    if (query.q) qb.andWhere("i.name LIKE :q ESCAPE '!'", { q: containsPattern(query.q) });
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    return toPage(query, rows, total, GuideItemDto.from);
  }

  /** Misses neither resolved nor dismissed, the most searched first. */
  async misses(query: PageQueryDto): Promise<Page<SearchMissDto>> {
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource.getRepository(SearchMiss).findAndCount({
      where: { resolvedItemId: IsNull(), dismissedAt: IsNull() },
      order: { count: 'DESC', lastSearchedAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
    return toPage(query, rows, total, SearchMissDto.from);
  }

  /**
   * Takes a junk term off the list for good. Dismissing twice answers the first dismissal. The row is
   * kept, and later searches still count on it, rather than deleted: a deleted term would come back
   * as a new miss on its next search, and the count stays an honest measure of demand should the
   * dismissal ever be reviewed.
   */
  async dismissMiss(id: number): Promise<DismissedSearchMissDto> {
    const repo = this.dataSource.getRepository(SearchMiss);
    await repo.update({ id, dismissedAt: IsNull() }, { dismissedAt: new Date() });
    const miss = await repo.findOneBy({ id });
    // The guarded update set dismissedAt unless an earlier dismissal had: without it there is no such miss.
    if (!miss?.dismissedAt) throw AppError.notFound('Search miss');
    return DismissedSearchMissDto.fromDismissed(miss, miss.dismissedAt);
  }

  /**
   * A miss that was dismissed meanwhile (by another admin) may still be answered with an item: the
   * item is what the admin meant to add. The miss is resolved and stays dismissed.
   */
  async create(dto: CreateGuideItemDto): Promise<GuideItemDto> {
    const subcategory = checkSubcategory(dto.category, dto.subcategory ?? null);
    const repo = this.dataSource.getRepository(GuideItem);
    if (
      dto.fromMissId !== undefined &&
      !(await this.dataSource.getRepository(SearchMiss).existsBy({ id: dto.fromMissId }))
    ) {
      throw AppError.invalidField('fromMissId', `no search miss ${dto.fromMissId}`);
    }
    await this.assertNameFree(dto.name);
    const id = await this.writeItem(async (em) => {
      const inserted = await em.insert(GuideItem, {
        name: dto.name,
        aliases: cleanAliases(dto.aliases ?? [], dto.name),
        category: dto.category,
        subcategory,
        tip: dto.tip ?? '',
        active: true,
      });
      const itemId = inserted.identifiers[0].id as number;
      if (dto.fromMissId !== undefined) {
        await em.update(SearchMiss, { id: dto.fromMissId }, { resolvedItemId: itemId });
      }
      return itemId;
    });
    return GuideItemDto.from(await repo.findOneByOrFail({ id }));
  }

  async update(id: number, dto: UpdateGuideItemDto): Promise<GuideItemDto> {
    const repo = this.dataSource.getRepository(GuideItem);
    const item = await repo.findOneBy({ id });
    if (!item) throw AppError.notFound('Guide item');
    const category = dto.category ?? item.category;
    const changes: Partial<GuideItem> = {};
    if (dto.category !== undefined || dto.subcategory !== undefined) {
      changes.category = category;
      changes.subcategory = checkSubcategory(
        category,
        dto.subcategory !== undefined ? dto.subcategory : item.subcategory,
      );
    }
    if (dto.name !== undefined && dto.name !== item.name) {
      await this.assertNameFree(dto.name, id);
      changes.name = dto.name;
    }
    if (dto.aliases !== undefined || changes.name !== undefined) {
      changes.aliases = cleanAliases(dto.aliases ?? item.aliases, changes.name ?? item.name);
    }
    if (dto.tip !== undefined) changes.tip = dto.tip;
    if (dto.active !== undefined) changes.active = dto.active;
    if (Object.keys(changes).length) await this.writeItem((em) => em.update(GuideItem, { id }, changes));
    return GuideItemDto.from(await repo.findOneByOrFail({ id }));
  }

  /** Runs an edit of the guide; a name taken meanwhile is a conflict, and the index is rebuilt after commit. */
  private async writeItem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    } finally {
      this.catalog.invalidate();
    }
  }

  private async assertNameFree(name: string, exceptId?: number): Promise<void> {
    const taken = await this.dataSource
      .getRepository(GuideItem)
      .existsBy(exceptId === undefined ? { name } : { name, id: Not(exceptId) });
    if (taken) throw nameTaken();
  }

  /** Counted in the log-in limiter's store: in Redis when configured, so every replica shares one budget. */
  private async withinMissBudget(client: string): Promise<boolean> {
    const limit = this.config.guideMissesPerClient;
    const { totalHits } = await this.throttle.increment(`guide-miss:${client}`, MISS_WINDOW_MS, limit, 0, 'guide-miss');
    return totalHits <= limit;
  }

  /**
   * Counts a miss: one row per term, bumped, and back on the list if it had been resolved yet still
   * finds nothing. A dismissed term is counted too but stays dismissed: the bump leaves `dismissedAt`.
   */
  private async recordMiss(normalized: string, client: string): Promise<void> {
    const term = [...normalized].slice(0, MAX_TERM_LENGTH).join('');
    // A stray letter is not worth an admin's time, nor a client's budget.
    if (!isWorthRecording(term) || !(await this.withinMissBudget(client))) return;
    const now = new Date();
    const bump = async (em: EntityManager) => {
      const qb = em.createQueryBuilder().update(SearchMiss);
      const result = await qb
        .set({ count: () => `${qb.escape('count')} + 1`, lastSearchedAt: now, resolvedItemId: null })
        .where('term = :term', { term })
        .execute();
      return result.affected ?? 0;
    };
    if (await this.tx.run(bump)) return;
    try {
      await this.tx.run((em) => em.insert(SearchMiss, { term, count: 1, lastSearchedAt: now, resolvedItemId: null }));
    } catch (error) {
      // The same new term missed twice at once: the other request inserted it; count this one too.
      if (!isUniqueViolation(error)) throw error;
      await this.tx.run(bump);
    }
  }
}

function nameTaken(): AppError {
  return new AppError('CONFLICT', 'name: an item with this name exists', [
    { field: 'name', message: 'an item with this name exists' },
  ]);
}

function checkSubcategory(category: WasteCategory, subcategory: WasteSubcategory | null): WasteSubcategory | null {
  const allowed: readonly WasteSubcategory[] = WASTE_SUBCATEGORIES[category];
  if (subcategory !== null && !allowed.includes(subcategory)) {
    throw AppError.invalidField(
      'subcategory',
      allowed.length ? `must be one of ${allowed.join(', ')} for ${category}, or null` : `must be null for ${category}`,
    );
  }
  return subcategory;
}

function cleanAliases(aliases: string[], name: string): string[] {
  return [...new Set(aliases.map((a) => a.trim()).filter((a) => a && a !== name))];
}
