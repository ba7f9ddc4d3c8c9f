import 'reflect-metadata';
import { Logger } from '@nestjs/common';
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
  const app = await createApp(config);
  await app.listen({ port: config.app.port, host: config.app.host });
  const base = `http://localhost:${config.app.port}`;
  const logger = new Logger('Startup');
  logger.log(`API on ${base}/api (OpenAPI docs at ${base}/api/docs) using ${config.db.driver}`);
  if (config.app.h5Dir) logger.log(`H5 app on ${base}/`);
  if (config.app.demoMode) logger.log('Demo mode is ON: demo log-in enabled (never in production)');
}

void bootstrap();
