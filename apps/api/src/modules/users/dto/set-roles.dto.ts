import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role, type RoleGrant, SCOPE_KINDS, type ScopeKind, type SetRolesRequest } from '@zerowaste/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';

export class RoleGrantInputDto implements RoleGrant {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ enum: SCOPE_KINDS, nullable: true })
  @IsOptional()
  @IsIn(SCOPE_KINDS)
  scopeKind?: ScopeKind | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  scopeId?: number | null;
}

export class SetRolesDto implements SetRolesRequest {
  @ApiProperty({ type: [RoleGrantInputDto], description: 'Replaces every role the user holds' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantInputDto)
  roles: RoleGrantInputDto[];
}
