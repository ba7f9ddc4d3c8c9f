import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cell } from '../cells/cell.entity';
import { PointsModule } from '../points/points.module';
import { Shop } from '../rewards/shop.entity';
import { MeasuresModule } from '../scoring/measures.module';
import { Bin } from './bin.entity';
import { BinMeasures } from './bin-measures';
import { BinsController } from './bins.controller';
import { BinsService } from './bins.service';
import { HouseholdCard } from './household-card.entity';
import { HouseholdCardsController } from './household-cards.controller';
import { HouseholdCardsService } from './household-cards.service';
import { LabelPrinter } from './label-printer';
import { QrSigner } from './qr-signer';

@Module({
  imports: [TypeOrmModule.forFeature([Bin, HouseholdCard, Cell, Shop]), PointsModule, MeasuresModule],
  controllers: [BinsController, HouseholdCardsController],
  providers: [BinsService, HouseholdCardsService, QrSigner, LabelPrinter, BinMeasures],
  exports: [BinsService, HouseholdCardsService],
})
export class BinsModule {}
