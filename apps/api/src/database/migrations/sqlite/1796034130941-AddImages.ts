import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddImages1796034130941 implements MigrationInterface {
  name = 'AddImages1796034130941';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "images" ("id" varchar(32) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "sha256" varchar(64) NOT NULL, "mime" varchar(32) NOT NULL, "bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "data" blob NOT NULL, "ownerUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_images_owner_kind" ON "images" ("ownerUserId", "kind") ');
    await queryRunner.query('DROP INDEX "ix_images_owner_kind"');
    await queryRunner.query(
      'CREATE TABLE "temporary_images" ("id" varchar(32) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "sha256" varchar(64) NOT NULL, "mime" varchar(32) NOT NULL, "bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "data" blob NOT NULL, "ownerUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_1644f2e860dfdb08a22a5df34ff" FOREIGN KEY ("ownerUserId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_images"("id", "kind", "sha256", "mime", "bytes", "width", "height", "data", "ownerUserId", "createdAt") SELECT "id", "kind", "sha256", "mime", "bytes", "width", "height", "data", "ownerUserId", "createdAt" FROM "images"',
    );
    await queryRunner.query('DROP TABLE "images"');
    await queryRunner.query('ALTER TABLE "temporary_images" RENAME TO "images"');
    await queryRunner.query('CREATE INDEX "ix_images_owner_kind" ON "images" ("ownerUserId", "kind") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_images_owner_kind"');
    await queryRunner.query('ALTER TABLE "images" RENAME TO "temporary_images"');
    await queryRunner.query(
      'CREATE TABLE "images" ("id" varchar(32) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "sha256" varchar(64) NOT NULL, "mime" varchar(32) NOT NULL, "bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "data" blob NOT NULL, "ownerUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "images"("id", "kind", "sha256", "mime", "bytes", "width", "height", "data", "ownerUserId", "createdAt") SELECT "id", "kind", "sha256", "mime", "bytes", "width", "height", "data", "ownerUserId", "createdAt" FROM "temporary_images"',
    );
    await queryRunner.query('DROP TABLE "temporary_images"');
    await queryRunner.query('CREATE INDEX "ix_images_owner_kind" ON "images" ("ownerUserId", "kind") ');
    await queryRunner.query('DROP INDEX "ix_images_owner_kind"');
    await queryRunner.query('DROP TABLE "images"');
  }
}
