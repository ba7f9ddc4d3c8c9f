import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddScoring1796285521895 implements MigrationInterface {
  name = 'AddScoring1796285521895';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `cell_scores` (`id` int NOT NULL AUTO_INCREMENT, `cellId` int NOT NULL, `period` varchar(7) NOT NULL, `cellType` enum ('community', 'village', 'scenic_area', 'office', 'school', 'restaurant', 'mall', 'express_outlet', 'family') NOT NULL, `rubricVersion` int NOT NULL, `total` double NOT NULL, `grade` enum ('exemplary', 'qualified', 'improving', 'failing') NOT NULL, `indicators` text NOT NULL, `computedAt` datetime(6) NOT NULL, INDEX `ix_cell_scores_period_total` (`period`, `total`), UNIQUE INDEX `uq_cell_scores_cell_period` (`cellId`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `evidence` (`id` int NOT NULL AUTO_INCREMENT, `cellId` int NOT NULL, `indicatorKey` varchar(64) NOT NULL, `period` varchar(7) NOT NULL, `value` double NOT NULL, `note` varchar(500) NOT NULL DEFAULT '', `imageIds` text NOT NULL, `status` enum ('pending', 'approved', 'rejected') NOT NULL DEFAULT 'pending', `reason` varchar(200) NULL, `submittedByUserId` int NOT NULL, `reviewedByUserId` int NULL, `reviewedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_evidence_period_status` (`period`, `status`), INDEX `ix_evidence_status` (`status`, `id`), INDEX `ix_evidence_cell_period` (`cellId`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `rubric_versions` (`id` int NOT NULL AUTO_INCREMENT, `cellType` enum ('community', 'village', 'scenic_area', 'office', 'school', 'restaurant', 'mall', 'express_outlet', 'family') NOT NULL, `version` int NOT NULL, `contentHash` varchar(64) NOT NULL, `content` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_rubric_versions_type_version` (`cellType`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `scoring_runs` (`period` varchar(7) NOT NULL, `scored` int NOT NULL, `finishedAt` datetime(6) NOT NULL, PRIMARY KEY (`period`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `cell_scores` ADD CONSTRAINT `FK_33536d004386a168ee472df4bb6` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `evidence` ADD CONSTRAINT `FK_1fc523e36cc6c115b73f0607968` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `evidence` DROP FOREIGN KEY `FK_1fc523e36cc6c115b73f0607968`');
    await queryRunner.query('ALTER TABLE `cell_scores` DROP FOREIGN KEY `FK_33536d004386a168ee472df4bb6`');
    await queryRunner.query('DROP TABLE `scoring_runs`');
    await queryRunner.query('DROP INDEX `uq_rubric_versions_type_version` ON `rubric_versions`');
    await queryRunner.query('DROP TABLE `rubric_versions`');
    await queryRunner.query('DROP INDEX `ix_evidence_cell_period` ON `evidence`');
    await queryRunner.query('DROP INDEX `ix_evidence_status` ON `evidence`');
    await queryRunner.query('DROP INDEX `ix_evidence_period_status` ON `evidence`');
    await queryRunner.query('DROP TABLE `evidence`');
    await queryRunner.query('DROP INDEX `uq_cell_scores_cell_period` ON `cell_scores`');
    await queryRunner.query('DROP INDEX `ix_cell_scores_period_total` ON `cell_scores`');
    await queryRunner.query('DROP TABLE `cell_scores`');
  }
}
