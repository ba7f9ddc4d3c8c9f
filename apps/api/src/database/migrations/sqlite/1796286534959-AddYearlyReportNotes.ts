import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddYearlyReportNotes1796286534959 implements MigrationInterface {
  name = 'AddYearlyReportNotes1796286534959';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "yearly_report_notes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "subject" varchar(24) NOT NULL, "cellId" integer, "regionCode" varchar(12), "overview" text NOT NULL, "practices" text NOT NULL, "problems" text NOT NULL, "updatedByUserId" integer, "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_yearly_report_notes_year_subject" ON "yearly_report_notes" ("year", "subject") ',
    );
    await queryRunner.query('DROP INDEX "uq_yearly_report_notes_year_subject"');
    await queryRunner.query(
      'CREATE TABLE "temporary_yearly_report_notes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "subject" varchar(24) NOT NULL, "cellId" integer, "regionCode" varchar(12), "overview" text NOT NULL, "practices" text NOT NULL, "problems" text NOT NULL, "updatedByUserId" integer, "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_9cbe57da7dd0b5c92983f792e32" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d87dac78c614f2212637d3806cd" FOREIGN KEY ("regionCode") REFERENCES "regions" ("code") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_yearly_report_notes"("id", "year", "subject", "cellId", "regionCode", "overview", "practices", "problems", "updatedByUserId", "updatedAt") SELECT "id", "year", "subject", "cellId", "regionCode", "overview", "practices", "problems", "updatedByUserId", "updatedAt" FROM "yearly_report_notes"',
    );
    await queryRunner.query('DROP TABLE "yearly_report_notes"');
    await queryRunner.query('ALTER TABLE "temporary_yearly_report_notes" RENAME TO "yearly_report_notes"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_yearly_report_notes_year_subject" ON "yearly_report_notes" ("year", "subject") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_yearly_report_notes_year_subject"');
    await queryRunner.query('ALTER TABLE "yearly_report_notes" RENAME TO "temporary_yearly_report_notes"');
    await queryRunner.query(
      'CREATE TABLE "yearly_report_notes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "subject" varchar(24) NOT NULL, "cellId" integer, "regionCode" varchar(12), "overview" text NOT NULL, "practices" text NOT NULL, "problems" text NOT NULL, "updatedByUserId" integer, "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "yearly_report_notes"("id", "year", "subject", "cellId", "regionCode", "overview", "practices", "problems", "updatedByUserId", "updatedAt") SELECT "id", "year", "subject", "cellId", "regionCode", "overview", "practices", "problems", "updatedByUserId", "updatedAt" FROM "temporary_yearly_report_notes"',
    );
    await queryRunner.query('DROP TABLE "temporary_yearly_report_notes"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_yearly_report_notes_year_subject" ON "yearly_report_notes" ("year", "subject") ',
    );
    await queryRunner.query('DROP INDEX "uq_yearly_report_notes_year_subject"');
    await queryRunner.query('DROP TABLE "yearly_report_notes"');
  }
}
