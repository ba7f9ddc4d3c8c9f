import { Column, type ColumnOptions, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import type { DatabaseConfig } from '../config/database.config';

// datetime rather than timestamp: portable across MySQL and SQLite, and free of the 2038 limit.
// Precision 6 because TypeORM's MySQL default is CURRENT_TIMESTAMP(6), and MySQL 8 refuses a
// default whose precision differs from the column's (MariaDB truncates it, so migrations drift).
export const CreatedAt = () => CreateDateColumn({ type: 'datetime', precision: 6 });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime', precision: 6 });

// MySQL's BLOB holds only 64 KiB, so large binaries need LONGBLOB there; SQLite has one BLOB type
// and TypeORM refuses LONGBLOB on it. TypeORM reads a column's options when a data source builds
// its metadata, so the type is a getter that follows the driver chosen by `useDriverColumnTypes`.
let largeBlobType: 'longblob' | 'blob' = 'blob';

/** Picks the driver-specific column types; called by buildDataSourceOptions before a data source is made. */
export function useDriverColumnTypes(driver: DatabaseConfig['driver']): void {
  largeBlobType = driver === 'mysql' ? 'longblob' : 'blob';
}

/** Binary data of up to 4 GiB on MySQL (LONGBLOB), a BLOB on SQLite. */
export const LargeBlobColumn = (options: Omit<ColumnOptions, 'type'> = {}) =>
  Column({
    ...options,
    get type() {
      return largeBlobType;
    },
  });
