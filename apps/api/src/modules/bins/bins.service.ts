import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isInChina, type Page } from '@zerowaste/shared';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageWindow, toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { TransactionRunner } from '../../database/transaction-runner';
import { Cell } from '../cells/cell.entity';
import { Bin } from './bin.entity';
import { assertManagedCellField, cellInScope } from './cell-scope';
import { BinDto, type CreateBinDto } from './dto/bin.dto';
import { LabelPrinter } from './label-printer';
import { QrSigner } from './qr-signer';
import { uniqueCode } from './unique-code';

/** Bins and four-bin stations, their signed QR labels, and the printable label sheet of a cell. */
@Injectable()
export class BinsService {
  constructor(
    @InjectRepository(Bin) private readonly bins: Repository<Bin>,
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    private readonly signer: QrSigner,
    private readonly printer: LabelPrinter,
    private readonly tx: TransactionRunner,
  ) {}

  async create(caller: Caller, dto: CreateBinDto): Promise<BinDto> {
    await assertManagedCellField(this.cells, caller, dto.cellId, 'cellId');
    if (!isInChina({ lat: dto.lat, lng: dto.lng })) {
      throw AppError.invalidField('lat', 'must be a GCJ-02 point in China (are lat and lng swapped?)');
    }
    const bin = await this.tx.run(async (em) =>
      em.save(
        Bin,
        em.create(Bin, {
          cellId: dto.cellId,
          code: await uniqueCode(em, Bin),
          codeVersion: 1,
          name: dto.name,
          category: dto.category ?? null,
          lat: dto.lat,
          lng: dto.lng,
          status: 'active',
        }),
      ),
    );
    return this.toDto(bin);
  }

  async listOfCell(caller: Caller, cellId: number, query: PageQueryDto): Promise<Page<BinDto>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager', 'inspector']);
    const [rows, total] = await this.bins.findAndCount({
      where: { cellId },
      order: { id: 'ASC' },
      ...pageWindow(query),
    });
    return toPage(query, rows, total, (bin) => this.toDto(bin));
  }

  /** A new label version: every label printed before stops earning. */
  async reissue(caller: Caller, id: number): Promise<BinDto> {
    await this.managed(caller, id);
    const result = await this.tx.run((em) =>
      em
        .createQueryBuilder()
        .update(Bin)
        .set({ codeVersion: () => 'codeVersion + 1' })
        .where('id = :id AND status = :active', { id, active: 'active' })
        .execute(),
    );
    if (!result.affected) throw new AppError('CONFLICT', 'A retired bin cannot get a new label; register a new bin');
    return this.toDto(await this.bins.findOneOrFail({ where: { id } }));
  }

  /** Retires the bin for good: its label stops earning, its drops stay. Retiring twice is harmless. */
  async retire(caller: Caller, id: number): Promise<BinDto> {
    await this.managed(caller, id);
    await this.tx.run((em) => em.update(Bin, { id }, { status: 'retired' }));
    return this.toDto(await this.bins.findOneOrFail({ where: { id } }));
  }

  async labelSheet(caller: Caller, cellId: number): Promise<Buffer> {
    const cell = await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const bins = await this.bins.find({ where: { cellId, status: 'active' }, order: { id: 'ASC' } });
    return this.printer.binLabels(
      cell.name,
      bins.map((b) => ({ name: b.name, code: b.code, category: b.category, qr: this.qrOf(b) })),
    );
  }

  /**
   * The active bin a scanned label belongs to. A forged, malformed or unknown code is QR_INVALID; a
   * retired bin, or a label of an older version (re-issued since), is QR_RETIRED.
   */
  async resolveQr(text: string): Promise<Bin> {
    const { code, version } = this.signer.verify(text, 'b');
    const bin = await this.bins.findOne({ where: { code } });
    if (!bin) throw new AppError('QR_INVALID', 'No bin has this code');
    if (bin.status === 'retired') throw new AppError('QR_RETIRED', 'This bin has been retired');
    if (version < bin.codeVersion) throw new AppError('QR_RETIRED', 'This label was replaced by a newer one');
    // Only a leaked secret or a restored backup could sign a version that was never issued.
    if (version > bin.codeVersion) throw new AppError('QR_INVALID', 'This label version was never issued');
    return bin;
  }

  private async managed(caller: Caller, id: number): Promise<Bin> {
    const bin = await this.bins.findOne({ where: { id } });
    if (!bin) throw AppError.notFound('Bin');
    caller.assertCanSee({ cellId: bin.cellId }, ['cell_manager'], 'Bin');
    return bin;
  }

  private qrOf(bin: Bin): string {
    return this.signer.url('b', bin.code, bin.codeVersion);
  }

  private toDto(bin: Bin): BinDto {
    return BinDto.from(bin, this.qrOf(bin));
  }
}
