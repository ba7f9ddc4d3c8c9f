import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCellActivities1796285074032 implements MigrationInterface {
  name = 'AddCellActivities1796285074032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cell_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'publicity_day\',\'door_to_door\',\'clean_plate\',\'flea_market\',\'clean_up\',\'training\') ) NOT NULL, "date" varchar(10) NOT NULL, "title" varchar(100) NOT NULL, "attendance" integer NOT NULL, "imageIds" text NOT NULL, "recordedByUserId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_cell_activities_date" ON "cell_activities" ("date") ');
    await queryRunner.query('CREATE INDEX "ix_cell_activities_cell_date" ON "cell_activities" ("cellId", "date") ');
    await queryRunner.query('DROP INDEX "ix_cell_activities_date"');
    await queryRunner.query('DROP INDEX "ix_cell_activities_cell_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_cell_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'publicity_day\',\'door_to_door\',\'clean_plate\',\'flea_market\',\'clean_up\',\'training\') ) NOT NULL, "date" varchar(10) NOT NULL, "title" varchar(100) NOT NULL, "attendance" integer NOT NULL, "imageIds" text NOT NULL, "recordedByUserId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_9f1c531d661df0a510ad0061ea8" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f62adb4eaaab117790df6848901" FOREIGN KEY ("recordedByUserId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_cell_activities"("id", "cellId", "kind", "date", "title", "attendance", "imageIds", "recordedByUserId", "createdAt") SELECT "id", "cellId", "kind", "date", "title", "attendance", "imageIds", "recordedByUserId", "createdAt" FROM "cell_activities"',
    );
    await queryRunner.query('DROP TABLE "cell_activities"');
    await queryRunner.query('ALTER TABLE "temporary_cell_activities" RENAME TO "cell_activities"');
    await queryRunner.query('CREATE INDEX "ix_cell_activities_date" ON "cell_activities" ("date") ');
    await queryRunner.query('CREATE INDEX "ix_cell_activities_cell_date" ON "cell_activities" ("cellId", "date") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_cell_activities_cell_date"');
    await queryRunner.query('DROP INDEX "ix_cell_activities_date"');
    await queryRunner.query('ALTER TABLE "cell_activities" RENAME TO "temporary_cell_activities"');
    await queryRunner.query(
      'CREATE TABLE "cell_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "kind" varchar CHECK( "kind" IN (\'publicity_day\',\'door_to_door\',\'clean_plate\',\'flea_market\',\'clean_up\',\'training\') ) NOT NULL, "date" varchar(10) NOT NULL, "title" varchar(100) NOT NULL, "attendance" integer NOT NULL, "imageIds" text NOT NULL, "recordedByUserId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "cell_activities"("id", "cellId", "kind", "date", "title", "attendance", "imageIds", "recordedByUserId", "createdAt") SELECT "id", "cellId", "kind", "date", "title", "attendance", "imageIds", "recordedByUserId", "createdAt" FROM "temporary_cell_activities"',
    );
    await queryRunner.query('DROP TABLE "temporary_cell_activities"');
    await queryRunner.query('CREATE INDEX "ix_cell_activities_cell_date" ON "cell_activities" ("cellId", "date") ');
    await queryRunner.query('CREATE INDEX "ix_cell_activities_date" ON "cell_activities" ("date") ');
    await queryRunner.query('DROP INDEX "ix_cell_activities_cell_date"');
    await queryRunner.query('DROP INDEX "ix_cell_activities_date"');
    await queryRunner.query('DROP TABLE "cell_activities"');
  }
}
