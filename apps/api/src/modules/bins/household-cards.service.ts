import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page } from '@zerowaste/shared';
import { In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageOf } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { TransactionRunner } from '../../database/transaction-runner';
import { Cell } from '../cells/cell.entity';
import type { LedgerEntryDto } from '../points/dto/points.dto';
import { PointsService } from '../points/points.service';
import { Shop } from '../rewards/shop.entity';
import { cellInScope } from './cell-scope';
import { type CreateHouseholdCardDto, HouseholdCardDto } from './dto/household-card.dto';
import { HouseholdCard } from './household-card.entity';
import { LabelPrinter } from './label-printer';
import { QrSigner } from './qr-signer';
import { CARD_LABELS, SignedLabels } from './signed-labels';

/** Household cards (for people without a phone): each has its own points account and a signed QR. */
@Injectable()
export class HouseholdCardsService {
  private readonly labels: SignedLabels<HouseholdCard>;

  constructor(
    @InjectRepository(HouseholdCard) private readonly cards: Repository<HouseholdCard>,
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    @InjectRepository(Shop) private readonly shops: Repository<Shop>,
    signer: QrSigner,
    private readonly printer: LabelPrinter,
    private readonly points: PointsService,
    tx: TransactionRunner,
  ) {
    this.labels = new SignedLabels(cards, signer, tx, CARD_LABELS);
  }

  async create(caller: Caller, cellId: number, dto: CreateHouseholdCardDto): Promise<HouseholdCardDto> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const card = await this.labels.create({ cellId, holderName: dto.holderName });
    // Made now rather than at the first drop, so the card shows a balance and can redeem from day one.
    await this.points.ensureAccount({ householdCardId: card.id });
    return this.toDto(card);
  }

  async listOfCell(caller: Caller, cellId: number, query: PageQueryDto): Promise<Page<HouseholdCardDto>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager', 'inspector']);
    const [rows, total] = await this.labels.pageOfCell(cellId, query);
    // One balance query for the page, not one per card.
    const balances = await this.points.balancesOfCards(rows.map((card) => card.id));
    return pageOf(
      query,
      rows.map((card) => HouseholdCardDto.from(card, this.labels.qrOf(card), balances.get(card.id) ?? 0)),
      total,
    );
  }

  /** A replacement card (lost, damaged): the old card's QR stops working, the points stay with the household. */
  async reissue(caller: Caller, id: number): Promise<HouseholdCardDto> {
    return this.toDto(await this.labels.reissue(caller, id));
  }

  async retire(caller: Caller, id: number): Promise<HouseholdCardDto> {
    return this.toDto(await this.labels.retire(caller, id));
  }

  async printable(caller: Caller, id: number): Promise<{ card: HouseholdCard; pdf: Buffer }> {
    const card = await this.labels.managed(caller, id);
    if (card.status === 'retired') throw new AppError('CONFLICT', 'A retired card cannot be printed');
    const cell = await this.cells.findOneOrFail({ where: { id: card.cellId } });
    const pdf = await this.printer.householdCard({
      holderName: card.holderName,
      cellName: cell.name,
      code: card.code,
      qr: this.labels.qrOf(card),
    });
    return { card, pdf };
  }

  /** The active card a scanned QR belongs to; the same refusals as a bin's label. */
  resolveQr(text: string): Promise<HouseholdCard> {
    return this.labels.resolve(text);
  }

  /**
   * A card's points history, newest first, so that staff can tell its holder: for the manager or an
   * inspector of the card's cell, or the shopkeeper of an open shop there (404 for anyone else).
   */
  async entries(caller: Caller, id: number, query: PageQueryDto): Promise<Page<LedgerEntryDto>> {
    const card = await this.cards.findOne({ where: { id } });
    const staff =
      card &&
      (caller.canSee({ cellId: card.cellId }, ['cell_manager', 'inspector']) ||
        (await this.keepsShopIn(caller, card.cellId)));
    if (!card || !staff) throw AppError.notFound('Household card');
    return this.points.entriesOf({ householdCardId: card.id }, query);
  }

  /** Holder names by card id, for lists of drops. */
  async holderNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.cards
      .createQueryBuilder('c')
      .select(['c.id', 'c.holderName'])
      .where('c.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((c) => [c.id, c.holderName]));
  }

  private async keepsShopIn(caller: Caller, cellId: number): Promise<boolean> {
    const shopIds = caller.scopeIds('shopkeeper');
    return shopIds.length > 0 && this.shops.exists({ where: { id: In(shopIds), cellId, active: true } });
  }

  private async toDto(card: HouseholdCard): Promise<HouseholdCardDto> {
    return HouseholdCardDto.from(
      card,
      this.labels.qrOf(card),
      await this.points.balanceOf({ householdCardId: card.id }),
    );
  }
}
