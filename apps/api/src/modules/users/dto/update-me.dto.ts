import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateMeRequest } from '@zerowaste/shared';
import { IsInt, IsOptional, IsString, IsUrl, Length, Matches, Min, ValidateIf } from 'class-validator';

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 32, example: '王阿姨' })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  // No control characters or line breaks in a name shown to others.
  @Matches(/^[^\p{Cc}]*$/u, { message: 'nickname must not contain control characters' })
  nickname?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 512, example: 'https://thirdwx.qlogo.cn/a.png' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'avatarUrl must be an https URL' })
  @Length(1, 512)
  avatarUrl?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'A cell id from /api/cells/directory' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  homeCellId?: number | null;
}
