import { ApiProperty } from '@nestjs/swagger';
import type { DemoLoginRequest, LoginResponse, WechatLoginRequest } from '@zerowaste/shared';
import { IsString, Length, Matches } from 'class-validator';
import { UserResponseDto } from '../../users/dto/user-response.dto';

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty({ description: 'The code from wx.login (valid five minutes, once)', example: '0a1B2c3D4e5F6g' })
  @IsString()
  @Length(1, 128)
  @Matches(/^[\w-]+$/, { message: 'code must contain only letters, digits, _ and -' })
  code: string;
}

export class DemoLoginDto implements DemoLoginRequest {
  @ApiProperty({ example: 'demo-resident' })
  @IsString()
  @Length(1, 64)
  openid: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires', example: 604800 })
  expiresIn: number;

  @ApiProperty({ type: UserResponseDto })
  user: UserResponseDto;
}
