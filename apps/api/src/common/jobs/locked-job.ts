import type { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { JobTimer } from './job-timer';
import { withNamedLock } from './named-lock';

/** How a job runs: its database lock, how often, and whether this replica runs jobs at all. */
export interface LockedJobOptions {
  lockName: string;
  everyMs: number;
  enabled: boolean;
}

/**
 * A background job run every `everyMs` on one replica at a time (`withNamedLock`), started at
 * bootstrap unless jobs are off (`JOBS_DISABLED`) and waited for on shutdown. A subclass says what
 * one run does (`work`) and what is worth a log line (`report`); tests call `runOnce(now)`.
 */
export abstract class LockedJob<T> implements OnApplicationBootstrap, OnModuleDestroy {
  protected abstract readonly logger: Logger;
  private timer: JobTimer | null = null;

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly options: LockedJobOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.enabled) return;
    this.timer = new JobTimer(this.logger, this.options.everyMs, async () => {
      const result = await this.runOnce();
      if (result !== null) this.report(result);
    });
    this.timer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.timer?.stop();
  }

  /** One run at `now`; null when another replica holds the lock. */
  runOnce(now = new Date()): Promise<T | null> {
    return withNamedLock(this.dataSource, this.options.lockName, () => this.work(now));
  }

  protected abstract work(now: Date): Promise<T>;

  /** Logs what a run did, when it did something. */
  protected abstract report(result: T): void;
}
