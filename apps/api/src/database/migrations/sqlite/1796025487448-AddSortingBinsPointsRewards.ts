import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSortingBinsPointsRewards1796025487448 implements MigrationInterface {
  name = 'AddSortingBinsPointsRewards1796025487448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "key" varchar(64) NOT NULL, "fingerprint" varchar(64) NOT NULL, "state" varchar CHECK( "state" IN (\'in_progress\',\'completed\') ) NOT NULL, "responseStatus" integer, "responseBody" text, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_idempotency_records_user_key" ON "idempotency_records" ("userId", "key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "bins" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "code" varchar(16) NOT NULL, "codeVersion" integer NOT NULL DEFAULT (1), "name" varchar(64) NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ), "lat" double NOT NULL, "lng" double NOT NULL, "status" varchar CHECK( "status" IN (\'active\',\'retired\') ) NOT NULL DEFAULT (\'active\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_bins_cell" ON "bins" ("cellId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_bins_code" ON "bins" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "household_cards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "code" varchar(16) NOT NULL, "codeVersion" integer NOT NULL DEFAULT (1), "holderName" varchar(64) NOT NULL, "status" varchar CHECK( "status" IN (\'active\',\'retired\') ) NOT NULL DEFAULT (\'active\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_household_cards_cell" ON "household_cards" ("cellId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_household_cards_code" ON "household_cards" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "drops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "binId" integer NOT NULL, "cellId" integer NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ) NOT NULL, "accountId" integer NOT NULL, "householdCardId" integer, "recordedByUserId" integer NOT NULL, "awarded" integer NOT NULL, "verdict" varchar CHECK( "verdict" IN (\'correct\',\'incorrect\') ), "verdictByUserId" integer, "verdictAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_drops_cell_time" ON "drops" ("cellId", "createdAt") ');
    await queryRunner.query(
      'CREATE INDEX "ix_drops_cooldown" ON "drops" ("accountId", "binId", "category", "createdAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "points_accounts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer, "householdCardId" integer, "balance" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_points_accounts_user" ON "points_accounts" ("userId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_points_accounts_household" ON "points_accounts" ("householdCardId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ledger_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'drop\',\'drop_bonus\',\'quiz\',\'redemption\',\'redemption_refund\',\'adjustment\') ) NOT NULL, "amount" integer NOT NULL, "balanceAfter" integer NOT NULL, "refType" varchar(32), "refId" integer, "actorUserId" integer, "note" varchar(200) NOT NULL DEFAULT (\'\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_ledger_entries_account" ON "ledger_entries" ("accountId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "shops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(64) NOT NULL, "cellId" integer NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "shopkeeperUserId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_shops_cell" ON "shops" ("cellId") ');
    await queryRunner.query(
      'CREATE TABLE "rewards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shopId" integer NOT NULL, "name" varchar(64) NOT NULL, "photoUrl" varchar(512), "cost" integer NOT NULL, "stock" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_rewards_shop" ON "rewards" ("shopId") ');
    await queryRunner.query(
      'CREATE TABLE "redemptions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "requestedByUserId" integer NOT NULL, "rewardId" integer NOT NULL, "shopId" integer NOT NULL, "cost" integer NOT NULL, "code" varchar(16) NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'fulfilled\',\'cancelled\',\'expired\') ) NOT NULL DEFAULT (\'pending\'), "expiresAt" datetime(6) NOT NULL, "fulfilledAt" datetime(6), "fulfilledByUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_redemptions_code" ON "redemptions" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_redemptions_status_expiry" ON "redemptions" ("status", "expiresAt") ');
    await queryRunner.query('CREATE INDEX "ix_redemptions_account" ON "redemptions" ("accountId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "guide_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(32) NOT NULL, "aliases" text NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ) NOT NULL, "subcategory" varchar(32), "tip" varchar(200) NOT NULL DEFAULT (\'\'), "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_guide_items_name" ON "guide_items" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "quiz_attempts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "day" varchar(10) NOT NULL, "correct" integer NOT NULL, "awarded" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_quiz_attempts_user_day" ON "quiz_attempts" ("userId", "day") ');
    await queryRunner.query(
      'CREATE TABLE "search_misses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "term" varchar(32) NOT NULL, "count" integer NOT NULL DEFAULT (1), "lastSearchedAt" datetime(6) NOT NULL, "resolvedItemId" integer)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_search_misses_term" ON "search_misses" ("term") ');
    await queryRunner.query('DROP INDEX "ix_bins_cell"');
    await queryRunner.query('DROP INDEX "uq_bins_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_bins" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "code" varchar(16) NOT NULL, "codeVersion" integer NOT NULL DEFAULT (1), "name" varchar(64) NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ), "lat" double NOT NULL, "lng" double NOT NULL, "status" varchar CHECK( "status" IN (\'active\',\'retired\') ) NOT NULL DEFAULT (\'active\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_94b76a1f62d62e2ee06b59b280b" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_bins"("id", "cellId", "code", "codeVersion", "name", "category", "lat", "lng", "status", "createdAt", "updatedAt") SELECT "id", "cellId", "code", "codeVersion", "name", "category", "lat", "lng", "status", "createdAt", "updatedAt" FROM "bins"',
    );
    await queryRunner.query('DROP TABLE "bins"');
    await queryRunner.query('ALTER TABLE "temporary_bins" RENAME TO "bins"');
    await queryRunner.query('CREATE INDEX "ix_bins_cell" ON "bins" ("cellId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_bins_code" ON "bins" ("code") ');
    await queryRunner.query('DROP INDEX "ix_household_cards_cell"');
    await queryRunner.query('DROP INDEX "uq_household_cards_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_household_cards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "code" varchar(16) NOT NULL, "codeVersion" integer NOT NULL DEFAULT (1), "holderName" varchar(64) NOT NULL, "status" varchar CHECK( "status" IN (\'active\',\'retired\') ) NOT NULL DEFAULT (\'active\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_97ce25e668ba5c7b91e5fcfb194" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_household_cards"("id", "cellId", "code", "codeVersion", "holderName", "status", "createdAt", "updatedAt") SELECT "id", "cellId", "code", "codeVersion", "holderName", "status", "createdAt", "updatedAt" FROM "household_cards"',
    );
    await queryRunner.query('DROP TABLE "household_cards"');
    await queryRunner.query('ALTER TABLE "temporary_household_cards" RENAME TO "household_cards"');
    await queryRunner.query('CREATE INDEX "ix_household_cards_cell" ON "household_cards" ("cellId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_household_cards_code" ON "household_cards" ("code") ');
    await queryRunner.query('DROP INDEX "ix_drops_cell_time"');
    await queryRunner.query('DROP INDEX "ix_drops_cooldown"');
    await queryRunner.query(
      'CREATE TABLE "temporary_drops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "binId" integer NOT NULL, "cellId" integer NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ) NOT NULL, "accountId" integer NOT NULL, "householdCardId" integer, "recordedByUserId" integer NOT NULL, "awarded" integer NOT NULL, "verdict" varchar CHECK( "verdict" IN (\'correct\',\'incorrect\') ), "verdictByUserId" integer, "verdictAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_a7a8984934f6c81b8c5b187d11f" FOREIGN KEY ("binId") REFERENCES "bins" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_drops"("id", "binId", "cellId", "category", "accountId", "householdCardId", "recordedByUserId", "awarded", "verdict", "verdictByUserId", "verdictAt", "createdAt") SELECT "id", "binId", "cellId", "category", "accountId", "householdCardId", "recordedByUserId", "awarded", "verdict", "verdictByUserId", "verdictAt", "createdAt" FROM "drops"',
    );
    await queryRunner.query('DROP TABLE "drops"');
    await queryRunner.query('ALTER TABLE "temporary_drops" RENAME TO "drops"');
    await queryRunner.query('CREATE INDEX "ix_drops_cell_time" ON "drops" ("cellId", "createdAt") ');
    await queryRunner.query(
      'CREATE INDEX "ix_drops_cooldown" ON "drops" ("accountId", "binId", "category", "createdAt") ',
    );
    await queryRunner.query('DROP INDEX "uq_points_accounts_user"');
    await queryRunner.query('DROP INDEX "uq_points_accounts_household"');
    await queryRunner.query(
      'CREATE TABLE "temporary_points_accounts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer, "householdCardId" integer, "balance" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_b00e428d18da5b30cf6b73c5d55" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e518d054f2b845df1729d2cd10" FOREIGN KEY ("householdCardId") REFERENCES "household_cards" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_points_accounts"("id", "userId", "householdCardId", "balance", "createdAt", "updatedAt") SELECT "id", "userId", "householdCardId", "balance", "createdAt", "updatedAt" FROM "points_accounts"',
    );
    await queryRunner.query('DROP TABLE "points_accounts"');
    await queryRunner.query('ALTER TABLE "temporary_points_accounts" RENAME TO "points_accounts"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_points_accounts_user" ON "points_accounts" ("userId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_points_accounts_household" ON "points_accounts" ("householdCardId") ',
    );
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account"');
    await queryRunner.query(
      'CREATE TABLE "temporary_ledger_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'drop\',\'drop_bonus\',\'quiz\',\'redemption\',\'redemption_refund\',\'adjustment\') ) NOT NULL, "amount" integer NOT NULL, "balanceAfter" integer NOT NULL, "refType" varchar(32), "refId" integer, "actorUserId" integer, "note" varchar(200) NOT NULL DEFAULT (\'\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_c5434f6dfb7b6f304a450d93046" FOREIGN KEY ("accountId") REFERENCES "points_accounts" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_ledger_entries"("id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt") SELECT "id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt" FROM "ledger_entries"',
    );
    await queryRunner.query('DROP TABLE "ledger_entries"');
    await queryRunner.query('ALTER TABLE "temporary_ledger_entries" RENAME TO "ledger_entries"');
    await queryRunner.query('CREATE INDEX "ix_ledger_entries_account" ON "ledger_entries" ("accountId", "id") ');
    await queryRunner.query('DROP INDEX "ix_shops_cell"');
    await queryRunner.query(
      'CREATE TABLE "temporary_shops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(64) NOT NULL, "cellId" integer NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "shopkeeperUserId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_a113fdf279d04b651b00602c040" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_shops"("id", "name", "cellId", "lat", "lng", "shopkeeperUserId", "active", "createdAt", "updatedAt") SELECT "id", "name", "cellId", "lat", "lng", "shopkeeperUserId", "active", "createdAt", "updatedAt" FROM "shops"',
    );
    await queryRunner.query('DROP TABLE "shops"');
    await queryRunner.query('ALTER TABLE "temporary_shops" RENAME TO "shops"');
    await queryRunner.query('CREATE INDEX "ix_shops_cell" ON "shops" ("cellId") ');
    await queryRunner.query('DROP INDEX "ix_rewards_shop"');
    await queryRunner.query(
      'CREATE TABLE "temporary_rewards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shopId" integer NOT NULL, "name" varchar(64) NOT NULL, "photoUrl" varchar(512), "cost" integer NOT NULL, "stock" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_1e16213da275d6e8cb40ff56426" FOREIGN KEY ("shopId") REFERENCES "shops" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_rewards"("id", "shopId", "name", "photoUrl", "cost", "stock", "active", "createdAt", "updatedAt") SELECT "id", "shopId", "name", "photoUrl", "cost", "stock", "active", "createdAt", "updatedAt" FROM "rewards"',
    );
    await queryRunner.query('DROP TABLE "rewards"');
    await queryRunner.query('ALTER TABLE "temporary_rewards" RENAME TO "rewards"');
    await queryRunner.query('CREATE INDEX "ix_rewards_shop" ON "rewards" ("shopId") ');
    await queryRunner.query('DROP INDEX "uq_redemptions_code"');
    await queryRunner.query('DROP INDEX "ix_redemptions_status_expiry"');
    await queryRunner.query('DROP INDEX "ix_redemptions_account"');
    await queryRunner.query(
      'CREATE TABLE "temporary_redemptions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "requestedByUserId" integer NOT NULL, "rewardId" integer NOT NULL, "shopId" integer NOT NULL, "cost" integer NOT NULL, "code" varchar(16) NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'fulfilled\',\'cancelled\',\'expired\') ) NOT NULL DEFAULT (\'pending\'), "expiresAt" datetime(6) NOT NULL, "fulfilledAt" datetime(6), "fulfilledByUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_ffd3fb3e7583a259ce2beecd15a" FOREIGN KEY ("rewardId") REFERENCES "rewards" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_redemptions"("id", "accountId", "requestedByUserId", "rewardId", "shopId", "cost", "code", "status", "expiresAt", "fulfilledAt", "fulfilledByUserId", "createdAt", "updatedAt") SELECT "id", "accountId", "requestedByUserId", "rewardId", "shopId", "cost", "code", "status", "expiresAt", "fulfilledAt", "fulfilledByUserId", "createdAt", "updatedAt" FROM "redemptions"',
    );
    await queryRunner.query('DROP TABLE "redemptions"');
    await queryRunner.query('ALTER TABLE "temporary_redemptions" RENAME TO "redemptions"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_redemptions_code" ON "redemptions" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_redemptions_status_expiry" ON "redemptions" ("status", "expiresAt") ');
    await queryRunner.query('CREATE INDEX "ix_redemptions_account" ON "redemptions" ("accountId", "id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_redemptions_account"');
    await queryRunner.query('DROP INDEX "ix_redemptions_status_expiry"');
    await queryRunner.query('DROP INDEX "uq_redemptions_code"');
    await queryRunner.query('ALTER TABLE "redemptions" RENAME TO "temporary_redemptions"');
    await queryRunner.query(
      'CREATE TABLE "redemptions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "requestedByUserId" integer NOT NULL, "rewardId" integer NOT NULL, "shopId" integer NOT NULL, "cost" integer NOT NULL, "code" varchar(16) NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'fulfilled\',\'cancelled\',\'expired\') ) NOT NULL DEFAULT (\'pending\'), "expiresAt" datetime(6) NOT NULL, "fulfilledAt" datetime(6), "fulfilledByUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "redemptions"("id", "accountId", "requestedByUserId", "rewardId", "shopId", "cost", "code", "status", "expiresAt", "fulfilledAt", "fulfilledByUserId", "createdAt", "updatedAt") SELECT "id", "accountId", "requestedByUserId", "rewardId", "shopId", "cost", "code", "status", "expiresAt", "fulfilledAt", "fulfilledByUserId", "createdAt", "updatedAt" FROM "temporary_redemptions"',
    );
    await queryRunner.query('DROP TABLE "temporary_redemptions"');
    await queryRunner.query('CREATE INDEX "ix_redemptions_account" ON "redemptions" ("accountId", "id") ');
    await queryRunner.query('CREATE INDEX "ix_redemptions_status_expiry" ON "redemptions" ("status", "expiresAt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_redemptions_code" ON "redemptions" ("code") ');
    await queryRunner.query('DROP INDEX "ix_rewards_shop"');
    await queryRunner.query('ALTER TABLE "rewards" RENAME TO "temporary_rewards"');
    await queryRunner.query(
      'CREATE TABLE "rewards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shopId" integer NOT NULL, "name" varchar(64) NOT NULL, "photoUrl" varchar(512), "cost" integer NOT NULL, "stock" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "rewards"("id", "shopId", "name", "photoUrl", "cost", "stock", "active", "createdAt", "updatedAt") SELECT "id", "shopId", "name", "photoUrl", "cost", "stock", "active", "createdAt", "updatedAt" FROM "temporary_rewards"',
    );
    await queryRunner.query('DROP TABLE "temporary_rewards"');
    await queryRunner.query('CREATE INDEX "ix_rewards_shop" ON "rewards" ("shopId") ');
    await queryRunner.query('DROP INDEX "ix_shops_cell"');
    await queryRunner.query('ALTER TABLE "shops" RENAME TO "temporary_shops"');
    await queryRunner.query(
      'CREATE TABLE "shops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(64) NOT NULL, "cellId" integer NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "shopkeeperUserId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "shops"("id", "name", "cellId", "lat", "lng", "shopkeeperUserId", "active", "createdAt", "updatedAt") SELECT "id", "name", "cellId", "lat", "lng", "shopkeeperUserId", "active", "createdAt", "updatedAt" FROM "temporary_shops"',
    );
    await queryRunner.query('DROP TABLE "temporary_shops"');
    await queryRunner.query('CREATE INDEX "ix_shops_cell" ON "shops" ("cellId") ');
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account"');
    await queryRunner.query('ALTER TABLE "ledger_entries" RENAME TO "temporary_ledger_entries"');
    await queryRunner.query(
      'CREATE TABLE "ledger_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'drop\',\'drop_bonus\',\'quiz\',\'redemption\',\'redemption_refund\',\'adjustment\') ) NOT NULL, "amount" integer NOT NULL, "balanceAfter" integer NOT NULL, "refType" varchar(32), "refId" integer, "actorUserId" integer, "note" varchar(200) NOT NULL DEFAULT (\'\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "ledger_entries"("id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt") SELECT "id", "accountId", "kind", "amount", "balanceAfter", "refType", "refId", "actorUserId", "note", "createdAt" FROM "temporary_ledger_entries"',
    );
    await queryRunner.query('DROP TABLE "temporary_ledger_entries"');
    await queryRunner.query('CREATE INDEX "ix_ledger_entries_account" ON "ledger_entries" ("accountId", "id") ');
    await queryRunner.query('DROP INDEX "uq_points_accounts_household"');
    await queryRunner.query('DROP INDEX "uq_points_accounts_user"');
    await queryRunner.query('ALTER TABLE "points_accounts" RENAME TO "temporary_points_accounts"');
    await queryRunner.query(
      'CREATE TABLE "points_accounts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer, "householdCardId" integer, "balance" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "points_accounts"("id", "userId", "householdCardId", "balance", "createdAt", "updatedAt") SELECT "id", "userId", "householdCardId", "balance", "createdAt", "updatedAt" FROM "temporary_points_accounts"',
    );
    await queryRunner.query('DROP TABLE "temporary_points_accounts"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_points_accounts_household" ON "points_accounts" ("householdCardId") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_points_accounts_user" ON "points_accounts" ("userId") ');
    await queryRunner.query('DROP INDEX "ix_drops_cooldown"');
    await queryRunner.query('DROP INDEX "ix_drops_cell_time"');
    await queryRunner.query('ALTER TABLE "drops" RENAME TO "temporary_drops"');
    await queryRunner.query(
      'CREATE TABLE "drops" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "binId" integer NOT NULL, "cellId" integer NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ) NOT NULL, "accountId" integer NOT NULL, "householdCardId" integer, "recordedByUserId" integer NOT NULL, "awarded" integer NOT NULL, "verdict" varchar CHECK( "verdict" IN (\'correct\',\'incorrect\') ), "verdictByUserId" integer, "verdictAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "drops"("id", "binId", "cellId", "category", "accountId", "householdCardId", "recordedByUserId", "awarded", "verdict", "verdictByUserId", "verdictAt", "createdAt") SELECT "id", "binId", "cellId", "category", "accountId", "householdCardId", "recordedByUserId", "awarded", "verdict", "verdictByUserId", "verdictAt", "createdAt" FROM "temporary_drops"',
    );
    await queryRunner.query('DROP TABLE "temporary_drops"');
    await queryRunner.query(
      'CREATE INDEX "ix_drops_cooldown" ON "drops" ("accountId", "binId", "category", "createdAt") ',
    );
    await queryRunner.query('CREATE INDEX "ix_drops_cell_time" ON "drops" ("cellId", "createdAt") ');
    await queryRunner.query('DROP INDEX "uq_household_cards_code"');
    await queryRunner.query('DROP INDEX "ix_household_cards_cell"');
    await queryRunner.query('ALTER TABLE "household_cards" RENAME TO "temporary_household_cards"');
    await queryRunner.query(
      'CREATE TABLE "household_cards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "code" varchar(16) NOT NULL, "codeVersion" integer NOT NULL DEFAULT (1), "holderName" varchar(64) NOT NULL, "status" varchar CHECK( "status" IN (\'active\',\'retired\') ) NOT NULL DEFAULT (\'active\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "household_cards"("id", "cellId", "code", "codeVersion", "holderName", "status", "createdAt", "updatedAt") SELECT "id", "cellId", "code", "codeVersion", "holderName", "status", "createdAt", "updatedAt" FROM "temporary_household_cards"',
    );
    await queryRunner.query('DROP TABLE "temporary_household_cards"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_household_cards_code" ON "household_cards" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_household_cards_cell" ON "household_cards" ("cellId") ');
    await queryRunner.query('DROP INDEX "uq_bins_code"');
    await queryRunner.query('DROP INDEX "ix_bins_cell"');
    await queryRunner.query('ALTER TABLE "bins" RENAME TO "temporary_bins"');
    await queryRunner.query(
      'CREATE TABLE "bins" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "code" varchar(16) NOT NULL, "codeVersion" integer NOT NULL DEFAULT (1), "name" varchar(64) NOT NULL, "category" varchar CHECK( "category" IN (\'recyclable\',\'hazardous\',\'food\',\'residual\') ), "lat" double NOT NULL, "lng" double NOT NULL, "status" varchar CHECK( "status" IN (\'active\',\'retired\') ) NOT NULL DEFAULT (\'active\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "bins"("id", "cellId", "code", "codeVersion", "name", "category", "lat", "lng", "status", "createdAt", "updatedAt") SELECT "id", "cellId", "code", "codeVersion", "name", "category", "lat", "lng", "status", "createdAt", "updatedAt" FROM "temporary_bins"',
    );
    await queryRunner.query('DROP TABLE "temporary_bins"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_bins_code" ON "bins" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_bins_cell" ON "bins" ("cellId") ');
    await queryRunner.query('DROP INDEX "uq_search_misses_term"');
    await queryRunner.query('DROP TABLE "search_misses"');
    await queryRunner.query('DROP INDEX "uq_quiz_attempts_user_day"');
    await queryRunner.query('DROP TABLE "quiz_attempts"');
    await queryRunner.query('DROP INDEX "uq_guide_items_name"');
    await queryRunner.query('DROP TABLE "guide_items"');
    await queryRunner.query('DROP INDEX "ix_redemptions_account"');
    await queryRunner.query('DROP INDEX "ix_redemptions_status_expiry"');
    await queryRunner.query('DROP INDEX "uq_redemptions_code"');
    await queryRunner.query('DROP TABLE "redemptions"');
    await queryRunner.query('DROP INDEX "ix_rewards_shop"');
    await queryRunner.query('DROP TABLE "rewards"');
    await queryRunner.query('DROP INDEX "ix_shops_cell"');
    await queryRunner.query('DROP TABLE "shops"');
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account"');
    await queryRunner.query('DROP TABLE "ledger_entries"');
    await queryRunner.query('DROP INDEX "uq_points_accounts_household"');
    await queryRunner.query('DROP INDEX "uq_points_accounts_user"');
    await queryRunner.query('DROP TABLE "points_accounts"');
    await queryRunner.query('DROP INDEX "ix_drops_cooldown"');
    await queryRunner.query('DROP INDEX "ix_drops_cell_time"');
    await queryRunner.query('DROP TABLE "drops"');
    await queryRunner.query('DROP INDEX "uq_household_cards_code"');
    await queryRunner.query('DROP INDEX "ix_household_cards_cell"');
    await queryRunner.query('DROP TABLE "household_cards"');
    await queryRunner.query('DROP INDEX "uq_bins_code"');
    await queryRunner.query('DROP INDEX "ix_bins_cell"');
    await queryRunner.query('DROP TABLE "bins"');
    await queryRunner.query('DROP INDEX "uq_idempotency_records_user_key"');
    await queryRunner.query('DROP TABLE "idempotency_records"');
  }
}
