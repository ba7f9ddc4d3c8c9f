import { Inject, Injectable } from '@nestjs/common';
import { DEMO_USERS } from '@zerowaste/shared';
import { AppError } from '../../common/errors/app-error';
import { CONFIG, type Config } from '../../config/config';
import { UsersService } from '../users/users.service';
import { WechatClient } from '../wechat/wechat.client';
import type { LoginResponseDto } from './dto/login.dto';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly wechat: WechatClient,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async loginWithWechat(code: string): Promise<LoginResponseDto> {
    const session = await this.wechat.code2Session(code);
    const user = await this.users.signInByOpenid(session.openid, session.unionid);
    return { ...this.tokens.issue(user.id), user };
  }

  /** Demo mode only: signs in one of the seeded demo users without WeChat. */
  async loginAsDemoUser(openid: string): Promise<LoginResponseDto> {
    if (!this.config.app.demoMode) throw new AppError('NOT_FOUND', 'Demo log-in is off on this server');
    const demo = DEMO_USERS.find((u) => u.openid === openid);
    if (!demo) throw AppError.invalidField('openid', `must be one of ${DEMO_USERS.map((u) => u.openid).join(', ')}`);
    const user = await this.users.signInByOpenid(demo.openid, null, demo.nickname);
    return { ...this.tokens.issue(user.id), user };
  }
}
