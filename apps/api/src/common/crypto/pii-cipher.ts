import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Personal data at rest (a pickup's phone and address; later river reports and listings):
 * AES-256-GCM with a fresh 96-bit IV per value, so equal phone numbers encrypt differently and a
 * changed byte fails to decrypt. The key is derived from `PII_KEY` (HKDF-SHA256), never stored.
 * Stored as `v1.<base64url(iv | tag | ciphertext)>`; the version lets a later key rotation tell values apart.
 */
@Injectable()
export class PiiCipher {
  private readonly key: Buffer;

  constructor(@Inject(CONFIG) config: Config) {
    this.key = PiiCipher.deriveKey(config.pii.key);
  }

  static deriveKey(secret: string): Buffer {
    return Buffer.from(hkdfSync('sha256', secret, 'zerowaste', 'pii-aes-256-gcm', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Throws when the value was not made with this key or was altered. */
  decrypt(stored: string): string {
    const [version, packed] = stored.split('.');
    if (version !== VERSION || !packed) throw new Error('Not a PII value of a known version');
    const raw = Buffer.from(packed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
