import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreTables1796024462371 implements MigrationInterface {
  name = 'CreateCoreTables1796024462371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "regions" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "level" varchar CHECK( "level" IN (\'province\',\'city\',\'county\',\'town\',\'community\') ) NOT NULL, "parentCode" varchar(12))',
    );
    await queryRunner.query('CREATE INDEX "ix_regions_parent" ON "regions" ("parentCode") ');
    await queryRunner.query(
      "CREATE TABLE \"cells\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(64) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('community','village','scenic_area','office','school','restaurant','mall','express_outlet','family') ) NOT NULL, \"regionCode\" varchar(12) NOT NULL, \"address\" varchar(200) NOT NULL DEFAULT (''), \"households\" integer NOT NULL DEFAULT (0), \"lat\" double, \"lng\" double, \"status\" varchar CHECK( \"status\" IN ('building','certified','suspended') ) NOT NULL DEFAULT ('building'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
    );
    await queryRunner.query('CREATE INDEX "ix_cells_type" ON "cells" ("type") ');
    await queryRunner.query('CREATE INDEX "ix_cells_region_type" ON "cells" ("regionCode", "type") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "openid" varchar(64) NOT NULL, "unionid" varchar(64), "nickname" varchar(32) NOT NULL DEFAULT (\'\'), "avatarUrl" varchar(512), "homeCellId" integer, "lastLoginAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_openid" ON "users" ("openid") ');
    await queryRunner.query(
      "CREATE TABLE \"role_grants\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"role\" varchar CHECK( \"role\" IN ('resident','collector','inspector','shopkeeper','cell_manager','river_chief','admin') ) NOT NULL, \"scopeKind\" varchar CHECK( \"scopeKind\" IN ('cell','river_segment','shop') ), \"scopeId\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
    );
    await queryRunner.query('CREATE INDEX "ix_role_grants_scope" ON "role_grants" ("role", "scopeKind", "scopeId") ');
    await queryRunner.query('DROP INDEX "ix_regions_parent"');
    await queryRunner.query(
      'CREATE TABLE "temporary_regions" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "level" varchar CHECK( "level" IN (\'province\',\'city\',\'county\',\'town\',\'community\') ) NOT NULL, "parentCode" varchar(12), CONSTRAINT "FK_b91c4fc6ac4d7217d2b2af0fe3c" FOREIGN KEY ("parentCode") REFERENCES "regions" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_regions"("code", "name", "level", "parentCode") SELECT "code", "name", "level", "parentCode" FROM "regions"',
    );
    await queryRunner.query('DROP TABLE "regions"');
    await queryRunner.query('ALTER TABLE "temporary_regions" RENAME TO "regions"');
    await queryRunner.query('CREATE INDEX "ix_regions_parent" ON "regions" ("parentCode") ');
    await queryRunner.query('DROP INDEX "ix_cells_type"');
    await queryRunner.query('DROP INDEX "ix_cells_region_type"');
    await queryRunner.query(
      'CREATE TABLE "temporary_cells" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(64) NOT NULL, "type" varchar CHECK( "type" IN (\'community\',\'village\',\'scenic_area\',\'office\',\'school\',\'restaurant\',\'mall\',\'express_outlet\',\'family\') ) NOT NULL, "regionCode" varchar(12) NOT NULL, "address" varchar(200) NOT NULL DEFAULT (\'\'), "households" integer NOT NULL DEFAULT (0), "lat" double, "lng" double, "status" varchar CHECK( "status" IN (\'building\',\'certified\',\'suspended\') ) NOT NULL DEFAULT (\'building\'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_beae291fc14fb639280f6b09198" FOREIGN KEY ("regionCode") REFERENCES "regions" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_cells"("id", "name", "type", "regionCode", "address", "households", "lat", "lng", "status", "createdAt", "updatedAt") SELECT "id", "name", "type", "regionCode", "address", "households", "lat", "lng", "status", "createdAt", "updatedAt" FROM "cells"',
    );
    await queryRunner.query('DROP TABLE "cells"');
    await queryRunner.query('ALTER TABLE "temporary_cells" RENAME TO "cells"');
    await queryRunner.query('CREATE INDEX "ix_cells_type" ON "cells" ("type") ');
    await queryRunner.query('CREATE INDEX "ix_cells_region_type" ON "cells" ("regionCode", "type") ');
    await queryRunner.query('DROP INDEX "uq_users_openid"');
    await queryRunner.query(
      'CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "openid" varchar(64) NOT NULL, "unionid" varchar(64), "nickname" varchar(32) NOT NULL DEFAULT (\'\'), "avatarUrl" varchar(512), "homeCellId" integer, "lastLoginAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_4801787bef91d5f441c4321bcbb" FOREIGN KEY ("homeCellId") REFERENCES "cells" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_users"("id", "openid", "unionid", "nickname", "avatarUrl", "homeCellId", "lastLoginAt", "createdAt", "updatedAt") SELECT "id", "openid", "unionid", "nickname", "avatarUrl", "homeCellId", "lastLoginAt", "createdAt", "updatedAt" FROM "users"',
    );
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('ALTER TABLE "temporary_users" RENAME TO "users"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_openid" ON "users" ("openid") ');
    await queryRunner.query('DROP INDEX "ix_role_grants_scope"');
    await queryRunner.query(
      'CREATE TABLE "temporary_role_grants" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "role" varchar CHECK( "role" IN (\'resident\',\'collector\',\'inspector\',\'shopkeeper\',\'cell_manager\',\'river_chief\',\'admin\') ) NOT NULL, "scopeKind" varchar CHECK( "scopeKind" IN (\'cell\',\'river_segment\',\'shop\') ), "scopeId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_7e9ed460f4d4b7a3abeac4b500d" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_role_grants"("id", "userId", "role", "scopeKind", "scopeId", "createdAt") SELECT "id", "userId", "role", "scopeKind", "scopeId", "createdAt" FROM "role_grants"',
    );
    await queryRunner.query('DROP TABLE "role_grants"');
    await queryRunner.query('ALTER TABLE "temporary_role_grants" RENAME TO "role_grants"');
    await queryRunner.query('CREATE INDEX "ix_role_grants_scope" ON "role_grants" ("role", "scopeKind", "scopeId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_role_grants_scope"');
    await queryRunner.query('ALTER TABLE "role_grants" RENAME TO "temporary_role_grants"');
    await queryRunner.query(
      "CREATE TABLE \"role_grants\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"role\" varchar CHECK( \"role\" IN ('resident','collector','inspector','shopkeeper','cell_manager','river_chief','admin') ) NOT NULL, \"scopeKind\" varchar CHECK( \"scopeKind\" IN ('cell','river_segment','shop') ), \"scopeId\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
    );
    await queryRunner.query(
      'INSERT INTO "role_grants"("id", "userId", "role", "scopeKind", "scopeId", "createdAt") SELECT "id", "userId", "role", "scopeKind", "scopeId", "createdAt" FROM "temporary_role_grants"',
    );
    await queryRunner.query('DROP TABLE "temporary_role_grants"');
    await queryRunner.query('CREATE INDEX "ix_role_grants_scope" ON "role_grants" ("role", "scopeKind", "scopeId") ');
    await queryRunner.query('DROP INDEX "uq_users_openid"');
    await queryRunner.query('ALTER TABLE "users" RENAME TO "temporary_users"');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "openid" varchar(64) NOT NULL, "unionid" varchar(64), "nickname" varchar(32) NOT NULL DEFAULT (\'\'), "avatarUrl" varchar(512), "homeCellId" integer, "lastLoginAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "users"("id", "openid", "unionid", "nickname", "avatarUrl", "homeCellId", "lastLoginAt", "createdAt", "updatedAt") SELECT "id", "openid", "unionid", "nickname", "avatarUrl", "homeCellId", "lastLoginAt", "createdAt", "updatedAt" FROM "temporary_users"',
    );
    await queryRunner.query('DROP TABLE "temporary_users"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_openid" ON "users" ("openid") ');
    await queryRunner.query('DROP INDEX "ix_cells_region_type"');
    await queryRunner.query('DROP INDEX "ix_cells_type"');
    await queryRunner.query('ALTER TABLE "cells" RENAME TO "temporary_cells"');
    await queryRunner.query(
      "CREATE TABLE \"cells\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(64) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('community','village','scenic_area','office','school','restaurant','mall','express_outlet','family') ) NOT NULL, \"regionCode\" varchar(12) NOT NULL, \"address\" varchar(200) NOT NULL DEFAULT (''), \"households\" integer NOT NULL DEFAULT (0), \"lat\" double, \"lng\" double, \"status\" varchar CHECK( \"status\" IN ('building','certified','suspended') ) NOT NULL DEFAULT ('building'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
    );
    await queryRunner.query(
      'INSERT INTO "cells"("id", "name", "type", "regionCode", "address", "households", "lat", "lng", "status", "createdAt", "updatedAt") SELECT "id", "name", "type", "regionCode", "address", "households", "lat", "lng", "status", "createdAt", "updatedAt" FROM "temporary_cells"',
    );
    await queryRunner.query('DROP TABLE "temporary_cells"');
    await queryRunner.query('CREATE INDEX "ix_cells_region_type" ON "cells" ("regionCode", "type") ');
    await queryRunner.query('CREATE INDEX "ix_cells_type" ON "cells" ("type") ');
    await queryRunner.query('DROP INDEX "ix_regions_parent"');
    await queryRunner.query('ALTER TABLE "regions" RENAME TO "temporary_regions"');
    await queryRunner.query(
      'CREATE TABLE "regions" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "level" varchar CHECK( "level" IN (\'province\',\'city\',\'county\',\'town\',\'community\') ) NOT NULL, "parentCode" varchar(12))',
    );
    await queryRunner.query(
      'INSERT INTO "regions"("code", "name", "level", "parentCode") SELECT "code", "name", "level", "parentCode" FROM "temporary_regions"',
    );
    await queryRunner.query('DROP TABLE "temporary_regions"');
    await queryRunner.query('CREATE INDEX "ix_regions_parent" ON "regions" ("parentCode") ');
    await queryRunner.query('DROP INDEX "ix_role_grants_scope"');
    await queryRunner.query('DROP TABLE "role_grants"');
    await queryRunner.query('DROP INDEX "uq_users_openid"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "ix_cells_region_type"');
    await queryRunner.query('DROP INDEX "ix_cells_type"');
    await queryRunner.query('DROP TABLE "cells"');
    await queryRunner.query('DROP INDEX "ix_regions_parent"');
    await queryRunner.query('DROP TABLE "regions"');
  }
}
