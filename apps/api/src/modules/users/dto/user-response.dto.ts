import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role, type RoleGrant, SCOPE_KINDS, type ScopeKind, type UserResponse } from '@zerowaste/shared';
import { CellRefDto } from '../../cells/dto/cell-ref.dto';
import type { RoleGrantEntity } from '../role-grant.entity';
import type { User } from '../user.entity';

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiPropertyOptional({ enum: SCOPE_KINDS, nullable: true })
  scopeKind: ScopeKind | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  scopeId: number | null;

  static from(grant: RoleGrantEntity): RoleGrantDto {
    return { role: grant.role, scopeKind: grant.scopeKind, scopeId: grant.scopeId };
  }
}

export class UserResponseDto implements UserResponse {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '王阿姨' })
  nickname: string;

  @ApiProperty({ type: String, nullable: true })
  avatarUrl: string | null;

  @ApiProperty({ type: Number, nullable: true })
  homeCellId: number | null;

  @ApiProperty({ type: CellRefDto, nullable: true })
  homeCell: CellRefDto | null;

  @ApiProperty({ type: [RoleGrantDto] })
  roles: RoleGrantDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  /** Maps explicitly so that openid, unionid and anything added later never leak by accident. */
  static from(user: User, grants: RoleGrantEntity[]): UserResponseDto {
    return {
      id: user.id,
      nickname: user.nickname,
      avatarUrl: user.avatarUrl,
      homeCellId: user.homeCellId,
      homeCell: user.homeCell ? { id: user.homeCell.id, name: user.homeCell.name, type: user.homeCell.type } : null,
      roles: grants.map(RoleGrantDto.from),
      createdAt: user.createdAt.toISOString(),
    };
  }
}
