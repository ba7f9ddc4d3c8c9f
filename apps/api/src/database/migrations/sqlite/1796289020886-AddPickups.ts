import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPickups1796289020886 implements MigrationInterface {
  name = 'AddPickups1796289020886';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pickups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "areaId" integer NOT NULL, "cellId" integer NOT NULL, "slotId" integer NOT NULL, "startsAt" datetime(6) NOT NULL, "collectorUserId" integer, "status" varchar CHECK( "status" IN (\'booked\',\'on_the_way\',\'completed\',\'missed\',\'cancelled\',\'expired\') ) NOT NULL DEFAULT (\'booked\'), "units" integer NOT NULL, "items" text NOT NULL, "phoneEnc" varchar(255), "addressEnc" text, "phoneMasked" varchar(16) NOT NULL, "addressMasked" varchar(64) NOT NULL, "note" varchar(200) NOT NULL DEFAULT (\'\'), "subscribe" text NOT NULL, "weights" text, "recycledKg" double, "co2eKg" double, "pointsAwarded" integer, "missedReason" varchar(200), "ratingStars" integer, "ratingComment" varchar(200), "startedAt" datetime(6), "endedAt" datetime(6), "piiErasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_pickups_status_ended" ON "pickups" ("status", "endedAt") ');
    await queryRunner.query('CREATE INDEX "ix_pickups_status_start" ON "pickups" ("status", "startsAt") ');
    await queryRunner.query('CREATE INDEX "ix_pickups_collector_start" ON "pickups" ("collectorUserId", "startsAt") ');
    await queryRunner.query('CREATE INDEX "ix_pickups_user" ON "pickups" ("userId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "pickup_areas" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(64) NOT NULL, "weekly" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "pickup_area_cells" ("cellId" integer PRIMARY KEY NOT NULL, "areaId" integer NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "ix_pickup_area_cells_area" ON "pickup_area_cells" ("areaId") ');
    await queryRunner.query(
      'CREATE TABLE "pickup_area_collectors" ("areaId" integer NOT NULL, "userId" integer NOT NULL, PRIMARY KEY ("areaId", "userId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "pickup_slots" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "areaId" integer NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "capacity" integer NOT NULL, "booked" integer NOT NULL DEFAULT (0), "closed" boolean NOT NULL DEFAULT (0), "fromTemplate" boolean NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_pickup_slots_start" ON "pickup_slots" ("startsAt") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_pickup_slots_area_start" ON "pickup_slots" ("areaId", "startsAt") ',
    );
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account_time"');
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account"');
    await queryRunner.query(
      'CREATE TABLE "temporary_ledger_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'drop\',\'drop_bonus\',\'quiz\',\'redemption\',\'redemption_refund\',\'adjustment\',\'pickup\') ) NOT NULL, "amount" integer NOT NULL, "balanceAfter" integer NOT NULL, "refType" varchar(32), "refId" integer, "actorUserId" integer, "note" varchar(200) NOT NULL DEFAULT (\'\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_c5434f6dfb7b6f304a450d93046" FOREIGN KEY ("accountId") REFERENCES "points_accounts" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_ledger_entries"("id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt") SELECT "id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt" FROM "ledger_entries"',
    );
    await queryRunner.query('DROP TABLE "ledger_entries"');
    await queryRunner.query('ALTER TABLE "temporary_ledger_entries" RENAME TO "ledger_entries"');
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_entries_account_time" ON "ledger_entries" ("accountId", "createdAt") ',
    );
    await queryRunner.query('CREATE INDEX "ix_ledger_entries_account" ON "ledger_entries" ("accountId", "id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account"');
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account_time"');
    await queryRunner.query('ALTER TABLE "ledger_entries" RENAME TO "temporary_ledger_entries"');
    await queryRunner.query(
      'CREATE TABLE "ledger_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'drop\',\'drop_bonus\',\'quiz\',\'redemption\',\'redemption_refund\',\'adjustment\') ) NOT NULL, "amount" integer NOT NULL, "balanceAfter" integer NOT NULL, "refType" varchar(32), "refId" integer, "actorUserId" integer, "note" varchar(200) NOT NULL DEFAULT (\'\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_c5434f6dfb7b6f304a450d93046" FOREIGN KEY ("accountId") REFERENCES "points_accounts" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "ledger_entries"("id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt") SELECT "id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt" FROM "temporary_ledger_entries"',
    );
    await queryRunner.query('DROP TABLE "temporary_ledger_entries"');
    await queryRunner.query('CREATE INDEX "ix_ledger_entries_account" ON "ledger_entries" ("accountId", "id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_entries_account_time" ON "ledger_entries" ("accountId", "createdAt") ',
    );
    await queryRunner.query('DROP INDEX "uq_pickup_slots_area_start"');
    await queryRunner.query('DROP INDEX "ix_pickup_slots_start"');
    await queryRunner.query('DROP TABLE "pickup_slots"');
    await queryRunner.query('DROP TABLE "pickup_area_collectors"');
    await queryRunner.query('DROP INDEX "ix_pickup_area_cells_area"');
    await queryRunner.query('DROP TABLE "pickup_area_cells"');
    await queryRunner.query('DROP TABLE "pickup_areas"');
    await queryRunner.query('DROP INDEX "ix_pickups_user"');
    await queryRunner.query('DROP INDEX "ix_pickups_collector_start"');
    await queryRunner.query('DROP INDEX "ix_pickups_status_start"');
    await queryRunner.query('DROP INDEX "ix_pickups_status_ended"');
    await queryRunner.query('DROP TABLE "pickups"');
  }
}
