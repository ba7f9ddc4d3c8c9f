import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageDto } from '../../common/pagination/page.dto';
import { ImageUploadDto } from '../images/dto/image-upload.dto';
import { ImagesService } from '../images/images.service';
import { SetRolesDto } from './dto/set-roles.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { UserListQueryDto } from './dto/user-list-query.dto';
import { UserResponseDto } from './dto/user-response.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED')
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly images: ImagesService,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user with their roles' })
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentCaller() caller: Caller): Promise<UserResponseDto> {
    return this.users.me(caller);
  }

  @Patch('me')
  @ApiOperation({ summary: 'Change my nickname, avatar or home cell' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors('VALIDATION_FAILED')
  updateMe(@CurrentCaller() caller: Caller, @Body() dto: UpdateMeDto): Promise<UserResponseDto> {
    return this.users.updateMe(caller, dto);
  }

  @Post('me/avatar')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Upload my profile photo',
    description:
      'multipart/form-data with the image in `file`. The image is checked by its content, stripped of EXIF ' +
      '(GPS) data, cropped to a 256×256 JPEG and stored; `avatarUrl` becomes its path under /api/images.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImageUploadDto })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE')
  async setAvatar(@CurrentCaller() caller: Caller, @Req() request: FastifyRequest): Promise<UserResponseDto> {
    return this.users.setAvatar(caller, await this.images.readUpload(request));
  }

  @Get('users')
  @Roles('admin')
  @ApiOperation({ summary: 'List users (admin)' })
  @ApiOkResponse({ type: PageDto(UserResponseDto) })
  @ApiErrors('VALIDATION_FAILED')
  list(@Query() query: UserListQueryDto) {
    return this.users.list(query);
  }

  @Put('users/:id/roles')
  @Roles('admin')
  @ApiOperation({ summary: "Replace a user's roles and scopes (admin)" })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  setRoles(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: SetRolesDto,
  ): Promise<UserResponseDto> {
    return this.users.setRoles(caller, id, dto);
  }
}
