import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSortingBinsPointsRewards1796025486649 implements MigrationInterface {
  name = 'AddSortingBinsPointsRewards1796025486649';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `idempotency_records` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `key` varchar(64) NOT NULL, `fingerprint` varchar(64) NOT NULL, `state` enum ('in_progress', 'completed') NOT NULL, `responseStatus` int NULL, `responseBody` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_idempotency_records_user_key` (`userId`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `bins` (`id` int NOT NULL AUTO_INCREMENT, `cellId` int NOT NULL, `code` varchar(16) NOT NULL, `codeVersion` int NOT NULL DEFAULT '1', `name` varchar(64) NOT NULL, `category` enum ('recyclable', 'hazardous', 'food', 'residual') NULL, `lat` double NOT NULL, `lng` double NOT NULL, `status` enum ('active', 'retired') NOT NULL DEFAULT 'active', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_bins_cell` (`cellId`), UNIQUE INDEX `uq_bins_code` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `household_cards` (`id` int NOT NULL AUTO_INCREMENT, `cellId` int NOT NULL, `code` varchar(16) NOT NULL, `codeVersion` int NOT NULL DEFAULT '1', `holderName` varchar(64) NOT NULL, `status` enum ('active', 'retired') NOT NULL DEFAULT 'active', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_household_cards_cell` (`cellId`), UNIQUE INDEX `uq_household_cards_code` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `drops` (`id` int NOT NULL AUTO_INCREMENT, `binId` int NOT NULL, `cellId` int NOT NULL, `category` enum ('recyclable', 'hazardous', 'food', 'residual') NOT NULL, `accountId` int NOT NULL, `householdCardId` int NULL, `recordedByUserId` int NOT NULL, `awarded` int NOT NULL, `verdict` enum ('correct', 'incorrect') NULL, `verdictByUserId` int NULL, `verdictAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_drops_cell_time` (`cellId`, `createdAt`), INDEX `ix_drops_cooldown` (`accountId`, `binId`, `category`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `points_accounts` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NULL, `householdCardId` int NULL, `balance` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_points_accounts_user` (`userId`), UNIQUE INDEX `uq_points_accounts_household` (`householdCardId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `ledger_entries` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `kind` enum ('drop', 'drop_bonus', 'quiz', 'redemption', 'redemption_refund', 'adjustment') NOT NULL, `amount` int NOT NULL, `balanceAfter` int NOT NULL, `refType` varchar(32) NULL, `refId` int NULL, `actorUserId` int NULL, `note` varchar(200) NOT NULL DEFAULT '', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_ledger_entries_account` (`accountId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `shops` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(64) NOT NULL, `cellId` int NOT NULL, `lat` double NOT NULL, `lng` double NOT NULL, `shopkeeperUserId` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_shops_cell` (`cellId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `rewards` (`id` int NOT NULL AUTO_INCREMENT, `shopId` int NOT NULL, `name` varchar(64) NOT NULL, `photoUrl` varchar(512) NULL, `cost` int NOT NULL, `stock` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_rewards_shop` (`shopId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `redemptions` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `requestedByUserId` int NOT NULL, `rewardId` int NOT NULL, `shopId` int NOT NULL, `cost` int NOT NULL, `code` varchar(16) NOT NULL, `status` enum ('pending', 'fulfilled', 'cancelled', 'expired') NOT NULL DEFAULT 'pending', `expiresAt` datetime(6) NOT NULL, `fulfilledAt` datetime(6) NULL, `fulfilledByUserId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_redemptions_code` (`code`), INDEX `ix_redemptions_status_expiry` (`status`, `expiresAt`), INDEX `ix_redemptions_account` (`accountId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `guide_items` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(32) NOT NULL, `aliases` text NOT NULL, `category` enum ('recyclable', 'hazardous', 'food', 'residual') NOT NULL, `subcategory` varchar(32) NULL, `tip` varchar(200) NOT NULL DEFAULT '', `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_guide_items_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `quiz_attempts` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `day` varchar(10) NOT NULL, `correct` int NOT NULL, `awarded` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_quiz_attempts_user_day` (`userId`, `day`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `search_misses` (`id` int NOT NULL AUTO_INCREMENT, `term` varchar(32) NOT NULL, `count` int NOT NULL DEFAULT '1', `lastSearchedAt` datetime(6) NOT NULL, `resolvedItemId` int NULL, UNIQUE INDEX `uq_search_misses_term` (`term`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `bins` ADD CONSTRAINT `FK_94b76a1f62d62e2ee06b59b280b` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `household_cards` ADD CONSTRAINT `FK_97ce25e668ba5c7b91e5fcfb194` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `drops` ADD CONSTRAINT `FK_a7a8984934f6c81b8c5b187d11f` FOREIGN KEY (`binId`) REFERENCES `bins`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `points_accounts` ADD CONSTRAINT `FK_b00e428d18da5b30cf6b73c5d55` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `points_accounts` ADD CONSTRAINT `FK_8e518d054f2b845df1729d2cd10` FOREIGN KEY (`householdCardId`) REFERENCES `household_cards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `ledger_entries` ADD CONSTRAINT `FK_c5434f6dfb7b6f304a450d93046` FOREIGN KEY (`accountId`) REFERENCES `points_accounts`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `shops` ADD CONSTRAINT `FK_a113fdf279d04b651b00602c040` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` ADD CONSTRAINT `FK_1e16213da275d6e8cb40ff56426` FOREIGN KEY (`shopId`) REFERENCES `shops`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `redemptions` ADD CONSTRAINT `FK_ffd3fb3e7583a259ce2beecd15a` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `redemptions` DROP FOREIGN KEY `FK_ffd3fb3e7583a259ce2beecd15a`');
    await queryRunner.query('ALTER TABLE `rewards` DROP FOREIGN KEY `FK_1e16213da275d6e8cb40ff56426`');
    await queryRunner.query('ALTER TABLE `shops` DROP FOREIGN KEY `FK_a113fdf279d04b651b00602c040`');
    await queryRunner.query('ALTER TABLE `ledger_entries` DROP FOREIGN KEY `FK_c5434f6dfb7b6f304a450d93046`');
    await queryRunner.query('ALTER TABLE `points_accounts` DROP FOREIGN KEY `FK_8e518d054f2b845df1729d2cd10`');
    await queryRunner.query('ALTER TABLE `points_accounts` DROP FOREIGN KEY `FK_b00e428d18da5b30cf6b73c5d55`');
    await queryRunner.query('ALTER TABLE `drops` DROP FOREIGN KEY `FK_a7a8984934f6c81b8c5b187d11f`');
    await queryRunner.query('ALTER TABLE `household_cards` DROP FOREIGN KEY `FK_97ce25e668ba5c7b91e5fcfb194`');
    await queryRunner.query('ALTER TABLE `bins` DROP FOREIGN KEY `FK_94b76a1f62d62e2ee06b59b280b`');
    await queryRunner.query('DROP INDEX `uq_search_misses_term` ON `search_misses`');
    await queryRunner.query('DROP TABLE `search_misses`');
    await queryRunner.query('DROP INDEX `uq_quiz_attempts_user_day` ON `quiz_attempts`');
    await queryRunner.query('DROP TABLE `quiz_attempts`');
    await queryRunner.query('DROP INDEX `uq_guide_items_name` ON `guide_items`');
    await queryRunner.query('DROP TABLE `guide_items`');
    await queryRunner.query('DROP INDEX `ix_redemptions_account` ON `redemptions`');
    await queryRunner.query('DROP INDEX `ix_redemptions_status_expiry` ON `redemptions`');
    await queryRunner.query('DROP INDEX `uq_redemptions_code` ON `redemptions`');
    await queryRunner.query('DROP TABLE `redemptions`');
    await queryRunner.query('DROP INDEX `ix_rewards_shop` ON `rewards`');
    await queryRunner.query('DROP TABLE `rewards`');
    await queryRunner.query('DROP INDEX `ix_shops_cell` ON `shops`');
    await queryRunner.query('DROP TABLE `shops`');
    await queryRunner.query('DROP INDEX `ix_ledger_entries_account` ON `ledger_entries`');
    await queryRunner.query('DROP TABLE `ledger_entries`');
    await queryRunner.query('DROP INDEX `uq_points_accounts_household` ON `points_accounts`');
    await queryRunner.query('DROP INDEX `uq_points_accounts_user` ON `points_accounts`');
    await queryRunner.query('DROP TABLE `points_accounts`');
    await queryRunner.query('DROP INDEX `ix_drops_cooldown` ON `drops`');
    await queryRunner.query('DROP INDEX `ix_drops_cell_time` ON `drops`');
    await queryRunner.query('DROP TABLE `drops`');
    await queryRunner.query('DROP INDEX `uq_household_cards_code` ON `household_cards`');
    await queryRunner.query('DROP INDEX `ix_household_cards_cell` ON `household_cards`');
    await queryRunner.query('DROP TABLE `household_cards`');
    await queryRunner.query('DROP INDEX `uq_bins_code` ON `bins`');
    await queryRunner.query('DROP INDEX `ix_bins_cell` ON `bins`');
    await queryRunner.query('DROP TABLE `bins`');
    await queryRunner.query('DROP INDEX `uq_idempotency_records_user_key` ON `idempotency_records`');
    await queryRunner.query('DROP TABLE `idempotency_records`');
  }
}
