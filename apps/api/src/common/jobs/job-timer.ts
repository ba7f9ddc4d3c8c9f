import type { Logger } from '@nestjs/common';

/** Runs a background job every `everyMs`, never two runs at once, and waits for the last on stop. */
export class JobTimer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly logger: Logger,
    private readonly everyMs: number,
    private readonly run: () => Promise<void>,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.everyMs);
    // Never the reason a process stays alive.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    // A slow run is not overlapped by the next tick.
    if (this.running) return;
    this.running = this.run()
      .catch((error: unknown) => this.logger.error(`Job failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = null;
      });
  }
}
