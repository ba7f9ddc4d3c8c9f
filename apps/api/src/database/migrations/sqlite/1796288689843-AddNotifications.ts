import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1796288689843 implements MigrationInterface {
  name = 'AddNotifications1796288689843';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_consents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "topic" varchar(32) NOT NULL, "refType" varchar(32), "refId" integer, "usedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_consents_ref" ON "notification_consents" ("refType", "refId", "topic") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_outbox" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "topic" varchar(32) NOT NULL, "consentId" integer NOT NULL, "page" varchar(255) NOT NULL, "data" text NOT NULL, "status" varchar CHECK( "status" IN (\'pending\',\'sent\',\'failed\',\'skipped\') ) NOT NULL DEFAULT (\'pending\'), "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime(6) NOT NULL, "lastError" varchar(120), "sentAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_notification_outbox_consent" ON "notification_outbox" ("consentId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_outbox_due" ON "notification_outbox" ("status", "nextAttemptAt") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_notification_outbox_due"');
    await queryRunner.query('DROP INDEX "uq_notification_outbox_consent"');
    await queryRunner.query('DROP TABLE "notification_outbox"');
    await queryRunner.query('DROP INDEX "ix_notification_consents_ref"');
    await queryRunner.query('DROP TABLE "notification_consents"');
  }
}
