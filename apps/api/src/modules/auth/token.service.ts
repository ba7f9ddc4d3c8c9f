import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CONFIG, type Config } from '../../config/config';

interface TokenClaims {
  sub: string;
}

/** Our own bearer tokens; WeChat's session never leaves the server. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  issue(userId: number): { accessToken: string; expiresIn: number } {
    const expiresIn = this.config.auth.jwtTtl;
    return { accessToken: this.jwt.sign({ sub: String(userId) } satisfies TokenClaims, { expiresIn }), expiresIn };
  }

  /** The user id in a valid token, or null for a bad, expired or foreign token. */
  verify(token: string): number | null {
    try {
      const claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
      const id = Number(claims.sub);
      return Number.isInteger(id) && id > 0 ? id : null;
    } catch {
      return null;
    }
  }
}
