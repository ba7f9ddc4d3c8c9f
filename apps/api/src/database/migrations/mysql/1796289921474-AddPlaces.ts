import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPlaces1796289921474 implements MigrationInterface {
  name = 'AddPlaces1796289921474';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `places` (`id` int NOT NULL AUTO_INCREMENT, `type` enum ('drop_off_point', 'transfer_station', 'sorting_center', 'hazardous_point', 'textile_bin', 'express_packaging_point', 'pesticide_packaging_point', 'flea_market') NOT NULL, `name` varchar(100) NOT NULL, `address` varchar(200) NOT NULL, `lat` double NOT NULL, `lng` double NOT NULL, `latBand` int NOT NULL, `categories` text NOT NULL, `hoursText` varchar(500) NULL, `hours` text NULL, `phone` varchar(30) NULL, `regionCode` varchar(12) NOT NULL, `cellId` int NULL, `retiredAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_places_cell` (`cellId`), INDEX `ix_places_band_lng` (`latBand`, `lng`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `place_status_reports` (`id` int NOT NULL AUTO_INCREMENT, `placeId` int NOT NULL, `status` enum ('full', 'broken', 'closed') NOT NULL, `userId` int NOT NULL, `reportedAt` datetime(6) NOT NULL, `expiresAt` datetime(6) NOT NULL, INDEX `ix_place_reports_expires` (`expiresAt`), INDEX `ix_place_reports_place_expires` (`placeId`, `expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `places` ADD CONSTRAINT `FK_4fe1e362b8c0ba174fd53b27c17` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `place_status_reports` ADD CONSTRAINT `FK_01abc72a61a2e4664701a86c9b6` FOREIGN KEY (`placeId`) REFERENCES `places`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `place_status_reports` ADD CONSTRAINT `FK_6314efb704a4e2c74ceaf8cbf93` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `place_status_reports` DROP FOREIGN KEY `FK_6314efb704a4e2c74ceaf8cbf93`');
    await queryRunner.query('ALTER TABLE `place_status_reports` DROP FOREIGN KEY `FK_01abc72a61a2e4664701a86c9b6`');
    await queryRunner.query('ALTER TABLE `places` DROP FOREIGN KEY `FK_4fe1e362b8c0ba174fd53b27c17`');
    await queryRunner.query('DROP INDEX `ix_place_reports_place_expires` ON `place_status_reports`');
    await queryRunner.query('DROP INDEX `ix_place_reports_expires` ON `place_status_reports`');
    await queryRunner.query('DROP TABLE `place_status_reports`');
    await queryRunner.query('DROP INDEX `ix_places_band_lng` ON `places`');
    await queryRunner.query('DROP INDEX `ix_places_cell` ON `places`');
    await queryRunner.query('DROP TABLE `places`');
  }
}
