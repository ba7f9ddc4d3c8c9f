import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';
import { RedemptionsService } from './redemptions.service';

const EVERY_MS = 60_000;
const LOCK_NAME = 'zerowaste:expire-redemptions';

/**
 * Refunds expired redemptions every minute. With several replicas on one MySQL, a named lock lets one
 * of them run it at a time; SQLite means one process, so it just runs.
 */
@Injectable()
export class RedemptionExpiryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RedemptionExpiryJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly redemptions: RedemptionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.app.jobsEnabled) return;
    this.timer = setInterval(() => this.tick(), EVERY_MS);
    // Never the reason a process stays alive.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One run; null when another replica holds the lock. */
  async runOnce(now = new Date()): Promise<number | null> {
    if (this.dataSource.options.type === 'better-sqlite3') return this.redemptions.expireDue(now);
    // GET_LOCK belongs to a connection: take and release it on the same one.
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [row] = (await runner.query('SELECT GET_LOCK(?, 0) AS got', [LOCK_NAME])) as { got: number | string }[];
      if (Number(row?.got) !== 1) return null;
      try {
        return await this.redemptions.expireDue(now);
      } finally {
        await runner.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]);
      }
    } finally {
      await runner.release();
    }
  }

  private tick(): void {
    // A slow run is not overlapped by the next tick.
    if (this.running) return;
    this.running = this.runOnce()
      .then((expired) => {
        if (expired) this.logger.log(`Expired and refunded ${expired} redemption(s)`);
      })
      .catch((error: unknown) => this.logger.error(`Expiring redemptions failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = null;
      });
  }
}
