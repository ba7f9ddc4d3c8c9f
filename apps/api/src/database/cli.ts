import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import type { DatabaseConfig } from '../config/database.config';
import { loadSortingGuideIfEmpty } from '../modules/sorting/load-sorting-guide';
import { createDataSource } from './data-source';
import { seedDemoData } from './seeds/demo-seed';

const USAGE = `usage: cli.js <command>
  migrate            apply pending migrations to the configured database (DB_URL or SQLITE_PATH)
  revert             undo the last migration
  seed               migrate, then fill an empty database with the demo city
  check              fail when the entities differ from what the migrations build (both drivers: run once per driver)
  generate <Name>    write a migration for the current driver from the difference (to src/database/migrations/<driver>)`;

/** On SQLite, checks and generation work on a scratch file so that real data is never touched. */
function scratchConfig(db: DatabaseConfig): { db: DatabaseConfig; cleanup: () => void } {
  if (db.driver === 'mysql') return { db, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'zw-migrations-'));
  return {
    db: { ...db, path: join(dir, 'scratch.sqlite') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function withDataSource<T>(db: DatabaseConfig, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = await createDataSource(db);
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

async function pendingSchemaChanges(db: DatabaseConfig) {
  return withDataSource(db, async (ds) => {
    await ds.runMigrations({ transaction: 'each' });
    return ds.driver.createSchemaBuilder().log();
  });
}

function migrationSource(name: string, up: string[], down: string[]): string {
  const line = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name} implements MigrationInterface {
  name = '${name}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(line).join('\n')}
  }
}
`;
}

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  const config = loadConfig();
  const { db } = config;
  switch (command) {
    case 'migrate':
    case 'seed': {
      return withDataSource(db, async (ds) => {
        const applied = await ds.runMigrations({ transaction: 'each' });
        console.info(
          `${db.driver}: applied ${applied.length} migration(s)${applied.map((m) => `\n  ${m.name}`).join('')}`,
        );
        if (command === 'seed') {
          console.info(`Sorting guide: loaded ${await loadSortingGuideIfEmpty(ds, config.sortingGuidePath)} item(s)`);
          console.info((await seedDemoData(ds)) ? 'Seeded the demo city' : 'Data exists: not seeded');
        }
        return 0;
      });
    }
    case 'revert':
      return withDataSource(db, async (ds) => {
        await ds.undoLastMigration({ transaction: 'each' });
        return 0;
      });
    case 'check': {
      const scratch = scratchConfig(db);
      try {
        const { upQueries } = await pendingSchemaChanges(scratch.db);
        if (!upQueries.length) {
          console.info(`${db.driver}: migrations match the entities`);
          return 0;
        }
        console.error(`${db.driver}: the entities differ from the migrations; run "generate". Missing:`);
        for (const q of upQueries) console.error(`  ${q.query}`);
        return 1;
      } finally {
        scratch.cleanup();
      }
    }
    case 'generate': {
      if (!arg || !/^[A-Z][A-Za-z]+$/.test(arg)) {
        console.error('generate needs a name in PascalCase, e.g. generate CreateBins');
        return 2;
      }
      const scratch = scratchConfig(db);
      try {
        const { upQueries, downQueries } = await pendingSchemaChanges(scratch.db);
        if (!upQueries.length) {
          console.info('No changes: nothing generated');
          return 0;
        }
        const timestamp = Date.now();
        const dir = resolve(__dirname, '../../src/database/migrations', db.driver);
        const file = join(dir, `${timestamp}-${arg}.ts`);
        writeFileSync(
          file,
          migrationSource(
            `${arg}${timestamp}`,
            upQueries.map((q) => q.query),
            downQueries.reverse().map((q) => q.query),
          ),
        );
        console.info(`Wrote ${file}`);
        return 0;
      } finally {
        scratch.cleanup();
      }
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
