import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImagesModule } from '../images/images.module';
import { CallerGrants } from './caller-grants';
import { RoleGrantEntity } from './role-grant.entity';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, RoleGrantEntity]), ImagesModule],
  controllers: [UsersController],
  providers: [UsersService, CallerGrants],
  exports: [UsersService, CallerGrants],
})
export class UsersModule {}
