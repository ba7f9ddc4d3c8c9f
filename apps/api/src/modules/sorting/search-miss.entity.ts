import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A search term that found nothing, counted, so that admins can add the items people look for. */
@Entity('search_misses')
export class SearchMiss {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_search_misses_term', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  term: string;

  @Column({ type: 'int', default: 1 })
  count: number;

  @Column({ type: 'datetime', precision: 6 })
  lastSearchedAt: Date;

  /** Set when an admin added an item for this term; resolved misses leave the list. */
  @Column({ type: 'int', nullable: true })
  resolvedItemId: number | null;

  /** Set when an admin dismissed the term as junk: it leaves the list for good, whatever later searches do. */
  @Column({ type: 'datetime', precision: 6, nullable: true })
  dismissedAt: Date | null;
}
