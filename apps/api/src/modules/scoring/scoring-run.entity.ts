import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The monthly job's record that it scored a month, so that it scores each month once across replicas. */
@Entity('scoring_runs')
export class ScoringRun {
  /** `YYYY-MM`. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'int' })
  scored: number;

  @Column({ type: 'datetime', precision: 6 })
  finishedAt: Date;
}
