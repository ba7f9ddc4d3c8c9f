import { randomInt } from 'node:crypto';
import { REDEMPTION_CODE_ALPHABET, REDEMPTION_CODE_LENGTH } from '@zerowaste/shared';
import { QueryFailedError } from 'typeorm';

/** A fresh one-time code: crypto-random and unbiased (randomInt rejects rather than folds). */
export function newRedemptionCode(): string {
  let code = '';
  for (let i = 0; i < REDEMPTION_CODE_LENGTH; i++)
    code += REDEMPTION_CODE_ALPHABET[randomInt(REDEMPTION_CODE_ALPHABET.length)];
  return code;
}

/** A duplicate key on MySQL/MariaDB or SQLite: for us, a code that is already taken. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
