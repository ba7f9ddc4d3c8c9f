import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isInChina, type Page } from '@zerowaste/shared';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { TransactionRunner } from '../../database/transaction-runner';
import { Cell } from '../cells/cell.entity';
import { Bin } from './bin.entity';
import { assertManagedCellField, cellInScope } from './cell-scope';
import { BinDto, type CreateBinDto } from './dto/bin.dto';
import { LabelPrinter } from './label-printer';
import { QrSigner } from './qr-signer';
import { BIN_LABELS, SignedLabels } from './signed-labels';

/** Bins and four-bin stations, their signed QR labels, and the printable label sheet of a cell. */
@Injectable()
export class BinsService {
  private readonly labels: SignedLabels<Bin>;

  constructor(
    @InjectRepository(Bin) private readonly bins: Repository<Bin>,
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    signer: QrSigner,
    private readonly printer: LabelPrinter,
    tx: TransactionRunner,
  ) {
    this.labels = new SignedLabels(bins, signer, tx, BIN_LABELS);
  }

  async create(caller: Caller, dto: CreateBinDto): Promise<BinDto> {
    await assertManagedCellField(this.cells, caller, dto.cellId, 'cellId');
    if (!isInChina({ lat: dto.lat, lng: dto.lng })) {
      throw AppError.invalidField('lat', 'must be a GCJ-02 point in China (are lat and lng swapped?)');
    }
    const bin = await this.labels.create({
      cellId: dto.cellId,
      name: dto.name,
      category: dto.category ?? null,
      lat: dto.lat,
      lng: dto.lng,
    });
    return this.toDto(bin);
  }

  async listOfCell(caller: Caller, cellId: number, query: PageQueryDto): Promise<Page<BinDto>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager', 'inspector']);
    const [rows, total] = await this.labels.pageOfCell(cellId, query);
    return toPage(query, rows, total, (bin) => this.toDto(bin));
  }

  /** A new label version: every label printed before stops earning. */
  async reissue(caller: Caller, id: number): Promise<BinDto> {
    return this.toDto(await this.labels.reissue(caller, id));
  }

  /** Retires the bin for good: its label stops earning, its drops stay. Retiring twice is harmless. */
  async retire(caller: Caller, id: number): Promise<BinDto> {
    return this.toDto(await this.labels.retire(caller, id));
  }

  async labelSheet(caller: Caller, cellId: number): Promise<Buffer> {
    const cell = await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const bins = await this.bins.find({ where: { cellId, status: 'active' }, order: { id: 'ASC' } });
    return this.printer.binLabels(
      cell.name,
      bins.map((b) => ({ name: b.name, code: b.code, category: b.category, qr: this.labels.qrOf(b) })),
    );
  }

  /**
   * The active bin a scanned label belongs to. A forged, malformed or unknown code is QR_INVALID; a
   * retired bin, or a label of an older version (re-issued since), is QR_RETIRED.
   */
  resolveQr(text: string, options: { remembered?: boolean } = {}): Promise<Bin> {
    return this.labels.resolve(text, options);
  }

  /** For a bin resolved from memory: a scalar subquery, 1 while it is still active at that version. */
  isCurrentSql(bin: Bin): { sql: string; parameters: unknown[] } {
    return this.labels.isCurrentSql(bin);
  }

  /** Forgets a bin found changed, so that the next scan reads it afresh. */
  forget(bin: Bin): void {
    this.labels.forget(bin);
  }

  private toDto(bin: Bin): BinDto {
    return BinDto.from(bin, this.labels.qrOf(bin));
  }
}
