import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_NAME_ZH } from '@zerowaste/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { sendError } from './common/filters/all-exceptions.filter';
import { clientErrorHandler } from './common/filters/client-error.handler';
import { drainRequestsOnClose } from './common/http/request-drain';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import { AppValidationPipe } from './common/validation/validation.pipe';
import type { Config } from './config/config';
import { scoreDemoHistory } from './database/seeds/demo-history';
import { seedDemoData } from './database/seeds/demo-seed';
import { RubricsService } from './modules/scoring/rubrics.service';
import { loadSortingGuideIfEmpty } from './modules/sorting/load-sorting-guide';
import { APP_VERSION } from './version';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the whole app (used by main.ts, the tests and the benchmarks), migrated and seeded as configured. */
/** Where log lines go instead of standard output: tests read them to check nothing personal is logged. */
export interface LogDestination {
  write(line: string): void;
}

export async function createApp(config: Config, logStream?: LogDestination): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.app.bodyLimitBytes,
    trustProxy: config.app.trustProxy,
    clientErrorHandler,
    // The router's own refusals (bad percent-encoding, an overlong path parameter) in the one error shape.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply),
    // Requests arriving while the app closes are answered in our error shape (see drainRequestsOnClose).
    return503OnClosing: false,
    // Keep a caller's request id when it looks like one, so a request can be followed across systems.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logger: {
      level: config.app.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
      ...(logStream && { stream: logStream }),
    },
  });
  const fastify = adapter.getInstance();
  drainRequestsOnClose(fastify, config.app.shutdownGraceSeconds * 1000);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(fastify.log),
    abortOnError: false,
  });
  // Uploads are parsed only by the routes that ask for them, within UPLOAD_MAX_BYTES (see ImagesService).
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.app.uploadMaxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 20 },
  });
  useJsonBodyParser(app, fastify, config.app.bodyLimitBytes);
  // CSV imports (POST /api/places/import) may send the file as the body itself, up to an upload's size.
  app.useBodyParser<RawServerDefault>('text/csv', { bodyLimit: config.app.uploadMaxBytes }, (_request, body, done) =>
    done(null, body.toString('utf8')),
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new AppValidationPipe());
  setUpOpenApi(app);
  if (config.app.h5Dir && existsSync(join(config.app.h5Dir, 'index.html'))) {
    app.useStaticAssets({
      root: config.app.h5Dir,
      prefix: '/',
      // Hashed asset names may be cached for ever; index.html must always be fresh.
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
  }
  await app.init();
  await prepareDatabase(app, config);
  return app;
}

/**
 * JSON bodies as Fastify parses them, except that an empty body reads as no body: wx.request and many
 * HTTP clients send `content-type: application/json` with nothing for a POST without data.
 * Registering it here also keeps Nest from adding its own parsers (so form-encoded bodies get 415).
 */
function useJsonBodyParser(
  app: NestFastifyApplication,
  fastify: Pick<FastifyInstance, 'getDefaultJsonParser'>,
  bodyLimit: number,
): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    if (body.length === 0) done(null, undefined);
    else parseJson(request, body.toString('utf8'), done);
  });
}

async function prepareDatabase(app: NestFastifyApplication, config: Config): Promise<void> {
  const dataSource = app.get(DataSource);
  if (config.db.migrateOnStart) await dataSource.runMigrations({ transaction: 'each' });
  // A rubric file whose content changed becomes a new version now, before anything is scored.
  await app.get(RubricsService).sync();
  await loadSortingGuideIfEmpty(dataSource, config.sortingGuidePath);
  if (config.app.demoMode && (await seedDemoData(dataSource))) {
    await scoreDemoHistory(app);
    new Logger('Seed').log('Seeded the demo city (Xingtai), the demo users and six months of history, scored');
  }
}

function setUpOpenApi(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`${APP_NAME_ZH} Zero-Waste City API`)
      .setDescription(
        'Errors always answer `{code, message, errors?}`; lists take `page` and `pageSize` (≤ 100). ' +
          'Sign in with POST /api/auth/wechat and send `Authorization: Bearer <accessToken>`.',
      )
      .setVersion(APP_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
