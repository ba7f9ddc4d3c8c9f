import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DismissSearchMisses1796035852073 implements MigrationInterface {
  name = 'DismissSearchMisses1796035852073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_search_misses_term"');
    await queryRunner.query(
      'CREATE TABLE "temporary_search_misses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "term" varchar(32) NOT NULL, "count" integer NOT NULL DEFAULT (1), "lastSearchedAt" datetime(6) NOT NULL, "resolvedItemId" integer, "dismissedAt" datetime(6))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_search_misses"("id", "term", "count", "lastSearchedAt", "resolvedItemId") SELECT "id", "term", "count", "lastSearchedAt", "resolvedItemId" FROM "search_misses"',
    );
    await queryRunner.query('DROP TABLE "search_misses"');
    await queryRunner.query('ALTER TABLE "temporary_search_misses" RENAME TO "search_misses"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_search_misses_term" ON "search_misses" ("term") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_search_misses_term"');
    await queryRunner.query('ALTER TABLE "search_misses" RENAME TO "temporary_search_misses"');
    await queryRunner.query(
      'CREATE TABLE "search_misses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "term" varchar(32) NOT NULL, "count" integer NOT NULL DEFAULT (1), "lastSearchedAt" datetime(6) NOT NULL, "resolvedItemId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "search_misses"("id", "term", "count", "lastSearchedAt", "resolvedItemId") SELECT "id", "term", "count", "lastSearchedAt", "resolvedItemId" FROM "temporary_search_misses"',
    );
    await queryRunner.query('DROP TABLE "temporary_search_misses"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_search_misses_term" ON "search_misses" ("term") ');
  }
}
