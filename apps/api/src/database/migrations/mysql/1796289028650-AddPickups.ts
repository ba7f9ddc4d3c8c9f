import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPickups1796289028650 implements MigrationInterface {
  name = 'AddPickups1796289028650';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `pickups` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `areaId` int NOT NULL, `cellId` int NOT NULL, `slotId` int NOT NULL, `startsAt` datetime(6) NOT NULL, `collectorUserId` int NULL, `status` enum ('booked', 'on_the_way', 'completed', 'missed', 'cancelled', 'expired') NOT NULL DEFAULT 'booked', `units` int NOT NULL, `items` text NOT NULL, `phoneEnc` varchar(255) NULL, `addressEnc` text NULL, `phoneMasked` varchar(16) NOT NULL, `addressMasked` varchar(64) NOT NULL, `note` varchar(200) NOT NULL DEFAULT '', `subscribe` text NOT NULL, `weights` text NULL, `recycledKg` double NULL, `co2eKg` double NULL, `pointsAwarded` int NULL, `missedReason` varchar(200) NULL, `ratingStars` int NULL, `ratingComment` varchar(200) NULL, `startedAt` datetime(6) NULL, `endedAt` datetime(6) NULL, `piiErasedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_pickups_status_ended` (`status`, `endedAt`), INDEX `ix_pickups_status_start` (`status`, `startsAt`), INDEX `ix_pickups_collector_start` (`collectorUserId`, `startsAt`), INDEX `ix_pickups_user` (`userId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `pickup_areas` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(64) NOT NULL, `weekly` text NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `pickup_area_cells` (`cellId` int NOT NULL, `areaId` int NOT NULL, INDEX `ix_pickup_area_cells_area` (`areaId`), PRIMARY KEY (`cellId`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `pickup_area_collectors` (`areaId` int NOT NULL, `userId` int NOT NULL, PRIMARY KEY (`areaId`, `userId`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `pickup_slots` (`id` int NOT NULL AUTO_INCREMENT, `areaId` int NOT NULL, `startsAt` datetime(6) NOT NULL, `endsAt` datetime(6) NOT NULL, `capacity` int NOT NULL, `booked` int NOT NULL DEFAULT '0', `closed` tinyint NOT NULL DEFAULT 0, `fromTemplate` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_pickup_slots_start` (`startsAt`), UNIQUE INDEX `uq_pickup_slots_area_start` (`areaId`, `startsAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "ALTER TABLE `ledger_entries` CHANGE `kind` `kind` enum ('drop', 'drop_bonus', 'quiz', 'redemption', 'redemption_refund', 'adjustment', 'pickup') NOT NULL",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `ledger_entries` CHANGE `kind` `kind` enum ('drop', 'drop_bonus', 'quiz', 'redemption', 'redemption_refund', 'adjustment') NOT NULL",
    );
    await queryRunner.query('DROP INDEX `uq_pickup_slots_area_start` ON `pickup_slots`');
    await queryRunner.query('DROP INDEX `ix_pickup_slots_start` ON `pickup_slots`');
    await queryRunner.query('DROP TABLE `pickup_slots`');
    await queryRunner.query('DROP TABLE `pickup_area_collectors`');
    await queryRunner.query('DROP INDEX `ix_pickup_area_cells_area` ON `pickup_area_cells`');
    await queryRunner.query('DROP TABLE `pickup_area_cells`');
    await queryRunner.query('DROP TABLE `pickup_areas`');
    await queryRunner.query('DROP INDEX `ix_pickups_user` ON `pickups`');
    await queryRunner.query('DROP INDEX `ix_pickups_collector_start` ON `pickups`');
    await queryRunner.query('DROP INDEX `ix_pickups_status_start` ON `pickups`');
    await queryRunner.query('DROP INDEX `ix_pickups_status_ended` ON `pickups`');
    await queryRunner.query('DROP TABLE `pickups`');
  }
}
