import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

// datetime rather than timestamp: portable across MySQL and SQLite, and free of the 2038 limit.
// Precision 6 because TypeORM's MySQL default is CURRENT_TIMESTAMP(6), and MySQL 8 refuses a
// default whose precision differs from the column's (MariaDB truncates it, so migrations drift).
export const CreatedAt = () => CreateDateColumn({ type: 'datetime', precision: 6 });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime', precision: 6 });
