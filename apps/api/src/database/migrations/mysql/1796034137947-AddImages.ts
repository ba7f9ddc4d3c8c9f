import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddImages1796034137947 implements MigrationInterface {
  name = 'AddImages1796034137947';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `images` (`id` varchar(32) NOT NULL, `kind` varchar(16) NOT NULL, `sha256` varchar(64) NOT NULL, `mime` varchar(32) NOT NULL, `bytes` int NOT NULL, `width` int NOT NULL, `height` int NOT NULL, `data` longblob NOT NULL, `ownerUserId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_images_owner_kind` (`ownerUserId`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `images` ADD CONSTRAINT `FK_1644f2e860dfdb08a22a5df34ff` FOREIGN KEY (`ownerUserId`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `images` DROP FOREIGN KEY `FK_1644f2e860dfdb08a22a5df34ff`');
    await queryRunner.query('DROP INDEX `ix_images_owner_kind` ON `images`');
    await queryRunner.query('DROP TABLE `images`');
  }
}
