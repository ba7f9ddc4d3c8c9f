import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { UsersModule } from '../users/users.module';
import { Cell } from './cell.entity';
import { CellsController } from './cells.controller';
import { CellsService } from './cells.service';

@Module({
  imports: [TypeOrmModule.forFeature([Cell]), RegionsModule, UsersModule],
  controllers: [CellsController],
  providers: [CellsService],
  exports: [CellsService],
})
export class CellsModule {}
