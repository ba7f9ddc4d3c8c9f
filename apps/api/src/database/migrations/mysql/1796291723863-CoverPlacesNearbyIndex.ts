import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoverPlacesNearbyIndex1796291723863 implements MigrationInterface {
  name = 'CoverPlacesNearbyIndex1796291723863';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_places_band_lng` ON `places`');
    await queryRunner.query(
      'CREATE INDEX `ix_places_nearby` ON `places` (`latBand`, `lng`, `lat`, `retiredAt`, `type`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_places_nearby` ON `places`');
    await queryRunner.query('CREATE INDEX `ix_places_band_lng` ON `places` (`latBand`, `lng`)');
  }
}
