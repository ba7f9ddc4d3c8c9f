import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1796288698945 implements MigrationInterface {
  name = 'AddNotifications1796288698945';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `notification_consents` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `topic` varchar(32) NOT NULL, `refType` varchar(32) NULL, `refId` int NULL, `usedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_notification_consents_ref` (`refType`, `refId`, `topic`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `notification_outbox` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `topic` varchar(32) NOT NULL, `consentId` int NOT NULL, `page` varchar(255) NOT NULL, `data` text NOT NULL, `status` enum ('pending', 'sent', 'failed', 'skipped') NOT NULL DEFAULT 'pending', `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(6) NOT NULL, `lastError` varchar(120) NULL, `sentAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_notification_outbox_consent` (`consentId`), INDEX `ix_notification_outbox_due` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_notification_outbox_due` ON `notification_outbox`');
    await queryRunner.query('DROP INDEX `uq_notification_outbox_consent` ON `notification_outbox`');
    await queryRunner.query('DROP TABLE `notification_outbox`');
    await queryRunner.query('DROP INDEX `ix_notification_consents_ref` ON `notification_consents`');
    await queryRunner.query('DROP TABLE `notification_consents`');
  }
}
