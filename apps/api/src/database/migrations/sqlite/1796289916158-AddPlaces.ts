import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPlaces1796289916158 implements MigrationInterface {
  name = 'AddPlaces1796289916158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "places" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar CHECK( "type" IN (\'drop_off_point\',\'transfer_station\',\'sorting_center\',\'hazardous_point\',\'textile_bin\',\'express_packaging_point\',\'pesticide_packaging_point\',\'flea_market\') ) NOT NULL, "name" varchar(100) NOT NULL, "address" varchar(200) NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "latBand" integer NOT NULL, "categories" text NOT NULL, "hoursText" varchar(500), "hours" text, "phone" varchar(30), "regionCode" varchar(12) NOT NULL, "cellId" integer, "retiredAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_places_cell" ON "places" ("cellId") ');
    await queryRunner.query('CREATE INDEX "ix_places_band_lng" ON "places" ("latBand", "lng") ');
    await queryRunner.query(
      'CREATE TABLE "place_status_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "placeId" integer NOT NULL, "status" varchar CHECK( "status" IN (\'full\',\'broken\',\'closed\') ) NOT NULL, "userId" integer NOT NULL, "reportedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "ix_place_reports_expires" ON "place_status_reports" ("expiresAt") ');
    await queryRunner.query(
      'CREATE INDEX "ix_place_reports_place_expires" ON "place_status_reports" ("placeId", "expiresAt") ',
    );
    await queryRunner.query('DROP INDEX "ix_places_cell"');
    await queryRunner.query('DROP INDEX "ix_places_band_lng"');
    await queryRunner.query(
      'CREATE TABLE "temporary_places" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar CHECK( "type" IN (\'drop_off_point\',\'transfer_station\',\'sorting_center\',\'hazardous_point\',\'textile_bin\',\'express_packaging_point\',\'pesticide_packaging_point\',\'flea_market\') ) NOT NULL, "name" varchar(100) NOT NULL, "address" varchar(200) NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "latBand" integer NOT NULL, "categories" text NOT NULL, "hoursText" varchar(500), "hours" text, "phone" varchar(30), "regionCode" varchar(12) NOT NULL, "cellId" integer, "retiredAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_4fe1e362b8c0ba174fd53b27c17" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_places"("id", "type", "name", "address", "lat", "lng", "latBand", "categories", "hoursText", "hours", "phone", "regionCode", "cellId", "retiredAt", "createdAt", "updatedAt") SELECT "id", "type", "name", "address", "lat", "lng", "latBand", "categories", "hoursText", "hours", "phone", "regionCode", "cellId", "retiredAt", "createdAt", "updatedAt" FROM "places"',
    );
    await queryRunner.query('DROP TABLE "places"');
    await queryRunner.query('ALTER TABLE "temporary_places" RENAME TO "places"');
    await queryRunner.query('CREATE INDEX "ix_places_cell" ON "places" ("cellId") ');
    await queryRunner.query('CREATE INDEX "ix_places_band_lng" ON "places" ("latBand", "lng") ');
    await queryRunner.query('DROP INDEX "ix_place_reports_expires"');
    await queryRunner.query('DROP INDEX "ix_place_reports_place_expires"');
    await queryRunner.query(
      'CREATE TABLE "temporary_place_status_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "placeId" integer NOT NULL, "status" varchar CHECK( "status" IN (\'full\',\'broken\',\'closed\') ) NOT NULL, "userId" integer NOT NULL, "reportedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, CONSTRAINT "FK_01abc72a61a2e4664701a86c9b6" FOREIGN KEY ("placeId") REFERENCES "places" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6314efb704a4e2c74ceaf8cbf93" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_place_status_reports"("id", "placeId", "status", "userId", "reportedAt", "expiresAt") SELECT "id", "placeId", "status", "userId", "reportedAt", "expiresAt" FROM "place_status_reports"',
    );
    await queryRunner.query('DROP TABLE "place_status_reports"');
    await queryRunner.query('ALTER TABLE "temporary_place_status_reports" RENAME TO "place_status_reports"');
    await queryRunner.query('CREATE INDEX "ix_place_reports_expires" ON "place_status_reports" ("expiresAt") ');
    await queryRunner.query(
      'CREATE INDEX "ix_place_reports_place_expires" ON "place_status_reports" ("placeId", "expiresAt") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_place_reports_place_expires"');
    await queryRunner.query('DROP INDEX "ix_place_reports_expires"');
    await queryRunner.query('ALTER TABLE "place_status_reports" RENAME TO "temporary_place_status_reports"');
    await queryRunner.query(
      'CREATE TABLE "place_status_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "placeId" integer NOT NULL, "status" varchar CHECK( "status" IN (\'full\',\'broken\',\'closed\') ) NOT NULL, "userId" integer NOT NULL, "reportedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "place_status_reports"("id", "placeId", "status", "userId", "reportedAt", "expiresAt") SELECT "id", "placeId", "status", "userId", "reportedAt", "expiresAt" FROM "temporary_place_status_reports"',
    );
    await queryRunner.query('DROP TABLE "temporary_place_status_reports"');
    await queryRunner.query(
      'CREATE INDEX "ix_place_reports_place_expires" ON "place_status_reports" ("placeId", "expiresAt") ',
    );
    await queryRunner.query('CREATE INDEX "ix_place_reports_expires" ON "place_status_reports" ("expiresAt") ');
    await queryRunner.query('DROP INDEX "ix_places_band_lng"');
    await queryRunner.query('DROP INDEX "ix_places_cell"');
    await queryRunner.query('ALTER TABLE "places" RENAME TO "temporary_places"');
    await queryRunner.query(
      'CREATE TABLE "places" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar CHECK( "type" IN (\'drop_off_point\',\'transfer_station\',\'sorting_center\',\'hazardous_point\',\'textile_bin\',\'express_packaging_point\',\'pesticide_packaging_point\',\'flea_market\') ) NOT NULL, "name" varchar(100) NOT NULL, "address" varchar(200) NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "latBand" integer NOT NULL, "categories" text NOT NULL, "hoursText" varchar(500), "hours" text, "phone" varchar(30), "regionCode" varchar(12) NOT NULL, "cellId" integer, "retiredAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "places"("id", "type", "name", "address", "lat", "lng", "latBand", "categories", "hoursText", "hours", "phone", "regionCode", "cellId", "retiredAt", "createdAt", "updatedAt") SELECT "id", "type", "name", "address", "lat", "lng", "latBand", "categories", "hoursText", "hours", "phone", "regionCode", "cellId", "retiredAt", "createdAt", "updatedAt" FROM "temporary_places"',
    );
    await queryRunner.query('DROP TABLE "temporary_places"');
    await queryRunner.query('CREATE INDEX "ix_places_band_lng" ON "places" ("latBand", "lng") ');
    await queryRunner.query('CREATE INDEX "ix_places_cell" ON "places" ("cellId") ');
    await queryRunner.query('DROP INDEX "ix_place_reports_place_expires"');
    await queryRunner.query('DROP INDEX "ix_place_reports_expires"');
    await queryRunner.query('DROP TABLE "place_status_reports"');
    await queryRunner.query('DROP INDEX "ix_places_band_lng"');
    await queryRunner.query('DROP INDEX "ix_places_cell"');
    await queryRunner.query('DROP TABLE "places"');
  }
}
