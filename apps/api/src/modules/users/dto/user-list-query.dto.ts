import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@zerowaste/shared';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of a nickname' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
