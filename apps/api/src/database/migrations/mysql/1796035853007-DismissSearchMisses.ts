import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DismissSearchMisses1796035853007 implements MigrationInterface {
  name = 'DismissSearchMisses1796035853007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `search_misses` ADD `dismissedAt` datetime(6) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `search_misses` DROP COLUMN `dismissedAt`');
  }
}
