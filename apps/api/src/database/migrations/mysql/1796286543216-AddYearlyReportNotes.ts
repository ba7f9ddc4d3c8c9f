import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddYearlyReportNotes1796286543216 implements MigrationInterface {
  name = 'AddYearlyReportNotes1796286543216';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `yearly_report_notes` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `subject` varchar(24) NOT NULL, `cellId` int NULL, `regionCode` varchar(12) NULL, `overview` text NOT NULL, `practices` text NOT NULL, `problems` text NOT NULL, `updatedByUserId` int NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_yearly_report_notes_year_subject` (`year`, `subject`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `yearly_report_notes` ADD CONSTRAINT `FK_9cbe57da7dd0b5c92983f792e32` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `yearly_report_notes` ADD CONSTRAINT `FK_d87dac78c614f2212637d3806cd` FOREIGN KEY (`regionCode`) REFERENCES `regions`(`code`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `yearly_report_notes` DROP FOREIGN KEY `FK_d87dac78c614f2212637d3806cd`');
    await queryRunner.query('ALTER TABLE `yearly_report_notes` DROP FOREIGN KEY `FK_9cbe57da7dd0b5c92983f792e32`');
    await queryRunner.query('DROP INDEX `uq_yearly_report_notes_year_subject` ON `yearly_report_notes`');
    await queryRunner.query('DROP TABLE `yearly_report_notes`');
  }
}
