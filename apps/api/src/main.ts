import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app.factory';
import { loadConfig } from './config/config';
import { ConfigError } from './config/env';

async function bootstrap(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      const lines = error.problems.map(({ variable, problem }) => `\n  ${variable}: ${problem}`);
      console.error(`Refusing to start: fix these variables and start again${lines.join('')}`);
      process.exit(1);
    }
    throw error;
  }
  let app: NestFastifyApplication | undefined;
  stopOnSignals(() => app);
  app = await createApp(config);
  await app.listen({ port: config.app.port, host: config.app.host });
  const base = `http://localhost:${config.app.port}`;
  const logger = new Logger('Startup');
  logger.log(`API on ${base}/api (OpenAPI docs at ${base}/api/docs) using ${config.db.driver}`);
  if (config.app.h5Dir) logger.log(`H5 app on ${base}/`);
  if (config.app.demoMode) logger.log('Demo mode is ON: demo log-in enabled (never in production)');
}

/**
 * A service manager's or container runtime's SIGTERM, Ctrl+C, or the parent that started us with an IPC
 * channel (scripts/start.mjs) going away: requests in flight finish, then the pool closes and we exit 0
 * (see drainRequestsOnClose). Before the app exists there is nothing to finish.
 */
function stopOnSignals(started: () => NestFastifyApplication | undefined): void {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    const logger = new Logger('Shutdown');
    logger.log(`${reason}: finishing the requests in flight, then stopping`);
    try {
      await started()?.close();
      process.exit(0);
    } catch (error) {
      logger.error(`Could not stop cleanly: ${(error as Error).stack ?? error}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('disconnect', () => void stop('The parent process has gone'));
}

void bootstrap();
