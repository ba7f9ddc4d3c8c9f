import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../common/decorators/public.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { AuthService } from './auth.service';
import { DemoLoginDto, LoginResponseDto, WechatLoginDto } from './dto/login.dto';

@ApiTags('auth')
@Public()
@UseGuards(ThrottlerGuard)
@ApiErrors('VALIDATION_FAILED', 'RATE_LIMITED')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('wechat')
  @HttpCode(200)
  @ApiOperation({ summary: "Sign in with wx.login's code (exchanged with WeChat's code2Session)" })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiErrors('WECHAT_CODE_INVALID', 'FORBIDDEN', 'WECHAT_REJECTED', 'WECHAT_UNAVAILABLE')
  wechat(@Body() dto: WechatLoginDto): Promise<LoginResponseDto> {
    return this.auth.loginWithWechat(dto.code);
  }

  @Post('demo')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in as a seeded demo user (only when the server runs in demo mode)' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiErrors('NOT_FOUND')
  demo(@Body() dto: DemoLoginDto): Promise<LoginResponseDto> {
    return this.auth.loginAsDemoUser(dto.openid);
  }
}
