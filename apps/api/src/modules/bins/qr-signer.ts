import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { parseQrPayload, QR_SIG_LENGTH, type QrKind } from '@zerowaste/shared';
import { AppError } from '../../common/errors/app-error';
import { CONFIG, type Config } from '../../config/config';

const KIND_NAMES: Record<QrKind, string> = { b: 'bin', h: 'household card' };

/**
 * Signs and checks the QR payloads of bins and household cards:
 * `${qrBaseUrl}/${kind}/${code}.${version}.${sig}`, where sig is the first 16 base64url characters
 * of HMAC-SHA256(qrSecret, `${kind}:${code}:${version}`). Short enough for WeChat's "scan a plain QR
 * code to open the mini-program" rule, and the kind is signed so a card cannot pass for a bin.
 */
@Injectable()
export class QrSigner {
  private readonly key: KeyObject;
  private readonly baseUrl: string;

  constructor(@Inject(CONFIG) config: Pick<Config, 'auth' | 'qrBaseUrl'>) {
    this.key = createSecretKey(Buffer.from(config.auth.qrSecret, 'utf8'));
    this.baseUrl = config.qrBaseUrl;
  }

  url(kind: QrKind, code: string, version: number): string {
    return `${this.baseUrl}/${kind}/${code}.${version}.${this.signature(kind, code, version)}`;
  }

  /** The code and version of a genuine payload of `kind`; QR_INVALID for anything malformed or forged. */
  verify(text: string, kind: QrKind): { code: string; version: number } {
    const payload = parseQrPayload(text, kind);
    if (!payload) throw new AppError('QR_INVALID', `Not a ${KIND_NAMES[kind]} QR code`);
    if (payload.kind !== kind) {
      throw new AppError('QR_INVALID', `This is a ${KIND_NAMES[payload.kind]} QR code, not a ${KIND_NAMES[kind]}`);
    }
    const expected = Buffer.from(this.signature(kind, payload.code, payload.version), 'utf8');
    const given = Buffer.from(payload.sig, 'utf8');
    // The parser fixed the length, but timingSafeEqual throws on a mismatch, so never rely on that alone.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('QR_INVALID', `The ${KIND_NAMES[kind]} QR code's signature is not valid`);
    }
    return { code: payload.code, version: payload.version };
  }

  private signature(kind: QrKind, code: string, version: number): string {
    return createHmac('sha256', this.key)
      .update(`${kind}:${code}:${version}`)
      .digest('base64url')
      .slice(0, QR_SIG_LENGTH);
  }
}
