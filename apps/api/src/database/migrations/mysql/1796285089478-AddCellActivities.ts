import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCellActivities1796285089478 implements MigrationInterface {
  name = 'AddCellActivities1796285089478';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `cell_activities` (`id` int NOT NULL AUTO_INCREMENT, `cellId` int NOT NULL, `kind` enum ('publicity_day', 'door_to_door', 'clean_plate', 'flea_market', 'clean_up', 'training') NOT NULL, `date` varchar(10) NOT NULL, `title` varchar(100) NOT NULL, `attendance` int NOT NULL, `imageIds` text NOT NULL, `recordedByUserId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_cell_activities_date` (`date`), INDEX `ix_cell_activities_cell_date` (`cellId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `cell_activities` ADD CONSTRAINT `FK_9f1c531d661df0a510ad0061ea8` FOREIGN KEY (`cellId`) REFERENCES `cells`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `cell_activities` ADD CONSTRAINT `FK_f62adb4eaaab117790df6848901` FOREIGN KEY (`recordedByUserId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `cell_activities` DROP FOREIGN KEY `FK_f62adb4eaaab117790df6848901`');
    await queryRunner.query('ALTER TABLE `cell_activities` DROP FOREIGN KEY `FK_9f1c531d661df0a510ad0061ea8`');
    await queryRunner.query('DROP INDEX `ix_cell_activities_cell_date` ON `cell_activities`');
    await queryRunner.query('DROP INDEX `ix_cell_activities_date` ON `cell_activities`');
    await queryRunner.query('DROP TABLE `cell_activities`');
  }
}
