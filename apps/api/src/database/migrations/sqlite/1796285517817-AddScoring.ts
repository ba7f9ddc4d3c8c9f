import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddScoring1796285517817 implements MigrationInterface {
  name = 'AddScoring1796285517817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE \"cell_scores\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cellId\" integer NOT NULL, \"period\" varchar(7) NOT NULL, \"cellType\" varchar CHECK( \"cellType\" IN ('community','village','scenic_area','office','school','restaurant','mall','express_outlet','family') ) NOT NULL, \"rubricVersion\" integer NOT NULL, \"total\" double NOT NULL, \"grade\" varchar CHECK( \"grade\" IN ('exemplary','qualified','improving','failing') ) NOT NULL, \"indicators\" text NOT NULL, \"computedAt\" datetime(6) NOT NULL)",
    );
    await queryRunner.query('CREATE INDEX "ix_cell_scores_period_total" ON "cell_scores" ("period", "total") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cell_scores_cell_period" ON "cell_scores" ("cellId", "period") ');
    await queryRunner.query(
      'CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "indicatorKey" varchar(64) NOT NULL, "period" varchar(7) NOT NULL, "value" double NOT NULL, "note" varchar(500) NOT NULL DEFAULT (\'\'), "imageIds" text NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'approved\',\'rejected\') ) NOT NULL DEFAULT (\'pending\'), "reason" varchar(200), "submittedByUserId" integer NOT NULL, "reviewedByUserId" integer, "reviewedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_evidence_period_status" ON "evidence" ("period", "status") ');
    await queryRunner.query('CREATE INDEX "ix_evidence_status" ON "evidence" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "ix_evidence_cell_period" ON "evidence" ("cellId", "period") ');
    await queryRunner.query(
      "CREATE TABLE \"rubric_versions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cellType\" varchar CHECK( \"cellType\" IN ('community','village','scenic_area','office','school','restaurant','mall','express_outlet','family') ) NOT NULL, \"version\" integer NOT NULL, \"contentHash\" varchar(64) NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_rubric_versions_type_version" ON "rubric_versions" ("cellType", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scoring_runs" ("period" varchar(7) PRIMARY KEY NOT NULL, "scored" integer NOT NULL, "finishedAt" datetime(6) NOT NULL)',
    );
    await queryRunner.query('DROP INDEX "ix_cell_scores_period_total"');
    await queryRunner.query('DROP INDEX "uq_cell_scores_cell_period"');
    await queryRunner.query(
      'CREATE TABLE "temporary_cell_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "period" varchar(7) NOT NULL, "cellType" varchar CHECK( "cellType" IN (\'community\',\'village\',\'scenic_area\',\'office\',\'school\',\'restaurant\',\'mall\',\'express_outlet\',\'family\') ) NOT NULL, "rubricVersion" integer NOT NULL, "total" double NOT NULL, "grade" varchar CHECK( "grade" IN (\'exemplary\',\'qualified\',\'improving\',\'failing\') ) NOT NULL, "indicators" text NOT NULL, "computedAt" datetime(6) NOT NULL, CONSTRAINT "FK_33536d004386a168ee472df4bb6" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_cell_scores"("id", "cellId", "period", "cellType", "rubricVersion", "total", "grade", "indicators", "computedAt") SELECT "id", "cellId", "period", "cellType", "rubricVersion", "total", "grade", "indicators", "computedAt" FROM "cell_scores"',
    );
    await queryRunner.query('DROP TABLE "cell_scores"');
    await queryRunner.query('ALTER TABLE "temporary_cell_scores" RENAME TO "cell_scores"');
    await queryRunner.query('CREATE INDEX "ix_cell_scores_period_total" ON "cell_scores" ("period", "total") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cell_scores_cell_period" ON "cell_scores" ("cellId", "period") ');
    await queryRunner.query('DROP INDEX "ix_evidence_period_status"');
    await queryRunner.query('DROP INDEX "ix_evidence_status"');
    await queryRunner.query('DROP INDEX "ix_evidence_cell_period"');
    await queryRunner.query(
      'CREATE TABLE "temporary_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "indicatorKey" varchar(64) NOT NULL, "period" varchar(7) NOT NULL, "value" double NOT NULL, "note" varchar(500) NOT NULL DEFAULT (\'\'), "imageIds" text NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'approved\',\'rejected\') ) NOT NULL DEFAULT (\'pending\'), "reason" varchar(200), "submittedByUserId" integer NOT NULL, "reviewedByUserId" integer, "reviewedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_1fc523e36cc6c115b73f0607968" FOREIGN KEY ("cellId") REFERENCES "cells" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_evidence"("id", "cellId", "indicatorKey", "period", "value", "note", "imageIds", "status", "reason", "submittedByUserId", "reviewedByUserId", "reviewedAt", "createdAt", "updatedAt") SELECT "id", "cellId", "indicatorKey", "period", "value", "note", "imageIds", "status", "reason", "submittedByUserId", "reviewedByUserId", "reviewedAt", "createdAt", "updatedAt" FROM "evidence"',
    );
    await queryRunner.query('DROP TABLE "evidence"');
    await queryRunner.query('ALTER TABLE "temporary_evidence" RENAME TO "evidence"');
    await queryRunner.query('CREATE INDEX "ix_evidence_period_status" ON "evidence" ("period", "status") ');
    await queryRunner.query('CREATE INDEX "ix_evidence_status" ON "evidence" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "ix_evidence_cell_period" ON "evidence" ("cellId", "period") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_evidence_cell_period"');
    await queryRunner.query('DROP INDEX "ix_evidence_status"');
    await queryRunner.query('DROP INDEX "ix_evidence_period_status"');
    await queryRunner.query('ALTER TABLE "evidence" RENAME TO "temporary_evidence"');
    await queryRunner.query(
      'CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cellId" integer NOT NULL, "indicatorKey" varchar(64) NOT NULL, "period" varchar(7) NOT NULL, "value" double NOT NULL, "note" varchar(500) NOT NULL DEFAULT (\'\'), "imageIds" text NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'approved\',\'rejected\') ) NOT NULL DEFAULT (\'pending\'), "reason" varchar(200), "submittedByUserId" integer NOT NULL, "reviewedByUserId" integer, "reviewedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "evidence"("id", "cellId", "indicatorKey", "period", "value", "note", "imageIds", "status", "reason", "submittedByUserId", "reviewedByUserId", "reviewedAt", "createdAt", "updatedAt") SELECT "id", "cellId", "indicatorKey", "period", "value", "note", "imageIds", "status", "reason", "submittedByUserId", "reviewedByUserId", "reviewedAt", "createdAt", "updatedAt" FROM "temporary_evidence"',
    );
    await queryRunner.query('DROP TABLE "temporary_evidence"');
    await queryRunner.query('CREATE INDEX "ix_evidence_cell_period" ON "evidence" ("cellId", "period") ');
    await queryRunner.query('CREATE INDEX "ix_evidence_status" ON "evidence" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "ix_evidence_period_status" ON "evidence" ("period", "status") ');
    await queryRunner.query('DROP INDEX "uq_cell_scores_cell_period"');
    await queryRunner.query('DROP INDEX "ix_cell_scores_period_total"');
    await queryRunner.query('ALTER TABLE "cell_scores" RENAME TO "temporary_cell_scores"');
    await queryRunner.query(
      "CREATE TABLE \"cell_scores\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cellId\" integer NOT NULL, \"period\" varchar(7) NOT NULL, \"cellType\" varchar CHECK( \"cellType\" IN ('community','village','scenic_area','office','school','restaurant','mall','express_outlet','family') ) NOT NULL, \"rubricVersion\" integer NOT NULL, \"total\" double NOT NULL, \"grade\" varchar CHECK( \"grade\" IN ('exemplary','qualified','improving','failing') ) NOT NULL, \"indicators\" text NOT NULL, \"computedAt\" datetime(6) NOT NULL)",
    );
    await queryRunner.query(
      'INSERT INTO "cell_scores"("id", "cellId", "period", "cellType", "rubricVersion", "total", "grade", "indicators", "computedAt") SELECT "id", "cellId", "period", "cellType", "rubricVersion", "total", "grade", "indicators", "computedAt" FROM "temporary_cell_scores"',
    );
    await queryRunner.query('DROP TABLE "temporary_cell_scores"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cell_scores_cell_period" ON "cell_scores" ("cellId", "period") ');
    await queryRunner.query('CREATE INDEX "ix_cell_scores_period_total" ON "cell_scores" ("period", "total") ');
    await queryRunner.query('DROP TABLE "scoring_runs"');
    await queryRunner.query('DROP INDEX "uq_rubric_versions_type_version"');
    await queryRunner.query('DROP TABLE "rubric_versions"');
    await queryRunner.query('DROP INDEX "ix_evidence_cell_period"');
    await queryRunner.query('DROP INDEX "ix_evidence_status"');
    await queryRunner.query('DROP INDEX "ix_evidence_period_status"');
    await queryRunner.query('DROP TABLE "evidence"');
    await queryRunner.query('DROP INDEX "uq_cell_scores_cell_period"');
    await queryRunner.query('DROP INDEX "ix_cell_scores_period_total"');
    await queryRunner.query('DROP TABLE "cell_scores"');
  }
}
