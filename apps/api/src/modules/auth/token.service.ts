import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sign, verify } from 'jsonwebtoken';
import { CONFIG, type Config } from '../../config/config';

const ISSUER = 'zerowaste-city';

/** Our own bearer tokens (HS256 JWT); WeChat's session never leaves the server. */
@Injectable()
export class TokenService {
  // A KeyObject made once: given a string, jsonwebtoken first tries to parse it as a public key on
  // every call, which cost more than the rest of a signed-in request put together.
  private readonly key: KeyObject;
  private readonly ttl: number;

  constructor(@Inject(CONFIG) config: Config) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
    this.ttl = config.auth.jwtTtl;
  }

  issue(userId: number): { accessToken: string; expiresIn: number } {
    const accessToken = sign({}, this.key, {
      algorithm: 'HS256',
      subject: String(userId),
      issuer: ISSUER,
      expiresIn: this.ttl,
    });
    return { accessToken, expiresIn: this.ttl };
  }

  /** The user id in a valid token, or null for a bad, expired or foreign token. */
  verify(token: string): number | null {
    try {
      const claims = verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER });
      const id = typeof claims === 'object' ? Number(claims.sub) : Number.NaN;
      return Number.isInteger(id) && id > 0 ? id : null;
    } catch {
      return null;
    }
  }
}
