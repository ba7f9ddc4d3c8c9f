import { randomBytes } from 'node:crypto';
import { QR_CODE_ALPHABET, QR_CODE_LENGTH } from '@zerowaste/shared';
import type { EntityManager } from 'typeorm';

const ATTEMPTS = 5;

/** A random code from the unambiguous alphabet; 32 letters, so each byte's low 5 bits pick one without bias. */
export function randomCode(bytes: (n: number) => Buffer = randomBytes): string {
  return [...bytes(QR_CODE_LENGTH)].map((b) => QR_CODE_ALPHABET[b & 31]).join('');
}

/**
 * A code no bin or card of this kind has yet. 32^8 codes make a collision rare, not impossible:
 * try again on one (the unique index still guards against a race between two creators).
 */
export async function uniqueCode(
  em: EntityManager,
  target: { new (): { code: string }; name: string },
  next: () => string = randomCode,
): Promise<string> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const code = next();
    if (!(await em.exists(target, { where: { code } }))) return code;
  }
  throw new Error(`No free ${target.name} code after ${ATTEMPTS} attempts`);
}
