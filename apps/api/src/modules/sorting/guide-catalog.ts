import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GuideIndex } from './guide-index';
import { GuideItem } from './guide-item.entity';

/** How stale another replica's edits may be seen here: the guide is re-checked at most this often. */
export const GUIDE_RECHECK_MS = 30_000;

/**
 * The active guide items, indexed in memory, built on first use. Edits made through this replica
 * rebuild it at once; edits made through another replica are noticed by comparing the table's count
 * and latest `updatedAt` at most every 30 s, so each replica stays correct without shared state.
 */
@Injectable()
export class GuideCatalog {
  private index: GuideIndex<GuideItem> | null = null;
  private stamp: string | null = null;
  private checkedAt = 0;
  private loading: Promise<GuideIndex<GuideItem>> | null = null;
  /** Bumped by every local edit, so that a load that began before the edit does not install stale items. */
  private generation = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<GuideIndex<GuideItem>> {
    if (this.index && Date.now() - this.checkedAt < GUIDE_RECHECK_MS) return this.index;
    if (!this.loading) {
      const loading = this.refresh().finally(() => {
        if (this.loading === loading) this.loading = null;
      });
      this.loading = loading;
    }
    return this.loading;
  }

  /** Call after a committed edit: the next search sees it. */
  invalidate(): void {
    this.generation += 1;
    this.index = null;
    this.loading = null;
  }

  private async refresh(): Promise<GuideIndex<GuideItem>> {
    const generation = this.generation;
    const stamp = await this.readStamp();
    if (this.index && stamp === this.stamp) {
      this.checkedAt = Date.now();
      return this.index;
    }
    const items = await this.dataSource
      .getRepository(GuideItem)
      .find({ where: { active: true }, order: { id: 'ASC' } });
    const index = new GuideIndex(items);
    if (generation === this.generation) {
      this.index = index;
      this.stamp = stamp;
      this.checkedAt = Date.now();
    }
    return index;
  }

  private async readStamp(): Promise<string> {
    const row = await this.dataSource
      .getRepository(GuideItem)
      .createQueryBuilder('g')
      .select('COUNT(*)', 'n')
      .addSelect('MAX(g.updatedAt)', 'last')
      .getRawOne<{ n: number | string; last: Date | string | null }>();
    const last = row?.last instanceof Date ? row.last.toISOString() : String(row?.last ?? '');
    return `${Number(row?.n ?? 0)}@${last}`;
  }
}
