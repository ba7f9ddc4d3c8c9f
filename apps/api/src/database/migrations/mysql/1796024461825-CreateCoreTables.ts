import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreTables1796024461825 implements MigrationInterface {
  name = 'CreateCoreTables1796024461825';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `regions` (`code` varchar(12) NOT NULL, `name` varchar(64) NOT NULL, `level` enum ('province', 'city', 'county', 'town', 'community') NOT NULL, `parentCode` varchar(12) NULL, INDEX `ix_regions_parent` (`parentCode`), PRIMARY KEY (`code`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `cells` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(64) NOT NULL, `type` enum ('community', 'village', 'scenic_area', 'office', 'school', 'restaurant', 'mall', 'express_outlet', 'family') NOT NULL, `regionCode` varchar(12) NOT NULL, `address` varchar(200) NOT NULL DEFAULT '', `households` int NOT NULL DEFAULT '0', `lat` double NULL, `lng` double NULL, `status` enum ('building', 'certified', 'suspended') NOT NULL DEFAULT 'building', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_cells_type` (`type`), INDEX `ix_cells_region_type` (`regionCode`, `type`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT, `openid` varchar(64) NOT NULL, `unionid` varchar(64) NULL, `nickname` varchar(32) NOT NULL DEFAULT '', `avatarUrl` varchar(512) NULL, `homeCellId` int NULL, `lastLoginAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_users_openid` (`openid`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `role_grants` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `role` enum ('resident', 'collector', 'inspector', 'shopkeeper', 'cell_manager', 'river_chief', 'admin') NOT NULL, `scopeKind` enum ('cell', 'river_segment', 'shop') NULL, `scopeId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_role_grants_scope` (`role`, `scopeKind`, `scopeId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `regions` ADD CONSTRAINT `FK_b91c4fc6ac4d7217d2b2af0fe3c` FOREIGN KEY (`parentCode`) REFERENCES `regions`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `cells` ADD CONSTRAINT `FK_beae291fc14fb639280f6b09198` FOREIGN KEY (`regionCode`) REFERENCES `regions`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `users` ADD CONSTRAINT `FK_4801787bef91d5f441c4321bcbb` FOREIGN KEY (`homeCellId`) REFERENCES `cells`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `role_grants` ADD CONSTRAINT `FK_7e9ed460f4d4b7a3abeac4b500d` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `role_grants` DROP FOREIGN KEY `FK_7e9ed460f4d4b7a3abeac4b500d`');
    await queryRunner.query('ALTER TABLE `users` DROP FOREIGN KEY `FK_4801787bef91d5f441c4321bcbb`');
    await queryRunner.query('ALTER TABLE `cells` DROP FOREIGN KEY `FK_beae291fc14fb639280f6b09198`');
    await queryRunner.query('ALTER TABLE `regions` DROP FOREIGN KEY `FK_b91c4fc6ac4d7217d2b2af0fe3c`');
    await queryRunner.query('DROP INDEX `ix_role_grants_scope` ON `role_grants`');
    await queryRunner.query('DROP TABLE `role_grants`');
    await queryRunner.query('DROP INDEX `uq_users_openid` ON `users`');
    await queryRunner.query('DROP TABLE `users`');
    await queryRunner.query('DROP INDEX `ix_cells_region_type` ON `cells`');
    await queryRunner.query('DROP INDEX `ix_cells_type` ON `cells`');
    await queryRunner.query('DROP TABLE `cells`');
    await queryRunner.query('DROP INDEX `ix_regions_parent` ON `regions`');
    await queryRunner.query('DROP TABLE `regions`');
  }
}
