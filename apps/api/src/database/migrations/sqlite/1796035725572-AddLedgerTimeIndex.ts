import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLedgerTimeIndex1796035725572 implements MigrationInterface {
  name = 'AddLedgerTimeIndex1796035725572';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_entries_account_time" ON "ledger_entries" ("accountId", "createdAt") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_ledger_entries_account_time"');
  }
}
