import type { QrKind } from '@zerowaste/shared';
import type { DeepPartial, FindOptionsOrder, FindOptionsWhere, QueryDeepPartialEntity, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageWindow } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import type { TransactionRunner } from '../../database/transaction-runner';
import { Bin } from './bin.entity';
import { HouseholdCard } from './household-card.entity';
import type { QrSigner } from './qr-signer';
import type { SignedLabelColumns } from './signed-label-columns';
import { uniqueCode } from './unique-code';

/** Rows `resolve` remembers at most; past that it starts again. */
const MAX_SEEN = 50_000;

/** How one kind of labelled thing is signed and named in its errors. */
export interface LabelKind<T extends SignedLabelColumns> {
  entity: { new (): T; name: string };
  qr: QrKind;
  /** As in "Bin not found". */
  name: string;
  /** What is printed and scanned: a bin's label, a household's card. */
  label: string;
  /** The CONFLICT message for re-issuing a retired one. */
  retiredReissue: string;
}

export const BIN_LABELS: LabelKind<Bin> = {
  entity: Bin,
  qr: 'b',
  name: 'Bin',
  label: 'label',
  retiredReissue: 'A retired bin cannot get a new label; register a new bin',
};

export const CARD_LABELS: LabelKind<HouseholdCard> = {
  entity: HouseholdCard,
  qr: 'h',
  name: 'Household card',
  label: 'card',
  retiredReissue: 'A retired card cannot be re-issued; create a new card',
};

/**
 * The lifecycle bins and household cards share: a fresh code, a QR that signs it with its version,
 * re-issue (a new version: every QR printed before stops working), retirement, and the check of a
 * scanned QR. Changed by the managers of the cell (and admins).
 */
export class SignedLabels<T extends SignedLabelColumns> {
  private readonly seen = new Map<string, T>();

  constructor(
    private readonly repo: Repository<T>,
    private readonly signer: QrSigner,
    private readonly tx: TransactionRunner,
    private readonly kind: LabelKind<T>,
  ) {}

  /** Saves a new one, active at version 1, under a code nothing of its kind has yet. */
  create(fields: Omit<T, 'id' | 'code' | 'codeVersion' | 'status' | 'createdAt' | 'updatedAt'>): Promise<T> {
    const { entity } = this.kind;
    return this.tx.run(async (em) =>
      em.save(
        entity,
        em.create(entity, {
          ...fields,
          code: await uniqueCode(em, entity),
          codeVersion: 1,
          status: 'active',
        } as DeepPartial<T>),
      ),
    );
  }

  /** The QR text of its current version. */
  qrOf(row: T): string {
    return this.signer.url(this.kind.qr, row.code, row.codeVersion);
  }

  /** One page of a cell's, oldest first, with the total. */
  pageOfCell(cellId: number, query: PageQueryDto): Promise<[T[], number]> {
    return this.repo.findAndCount({
      where: { cellId } as FindOptionsWhere<T>,
      order: { id: 'ASC' } as FindOptionsOrder<T>,
      ...pageWindow(query),
    });
  }

  /** The one with this id when the caller manages its cell; 404 otherwise. */
  async managed(caller: Caller, id: number): Promise<T> {
    const row = await this.repo.findOne({ where: { id } as FindOptionsWhere<T> });
    if (!row) throw AppError.notFound(this.kind.name);
    caller.assertCanSee({ cellId: row.cellId }, ['cell_manager'], this.kind.name);
    return row;
  }

  /** A new version: every QR printed before stops working. A retired one is a CONFLICT. */
  async reissue(caller: Caller, id: number): Promise<T> {
    this.forget(await this.managed(caller, id));
    const result = await this.tx.run((em) =>
      em
        .createQueryBuilder()
        .update(this.kind.entity)
        .set({ codeVersion: () => 'codeVersion + 1' } as QueryDeepPartialEntity<T>)
        .where('id = :id AND status = :active', { id, active: 'active' })
        .execute(),
    );
    if (!result.affected) throw new AppError('CONFLICT', this.kind.retiredReissue);
    return this.reload(id);
  }

  /** Retired for good: its QR stops working, its history stays. Retiring twice is harmless. */
  async retire(caller: Caller, id: number): Promise<T> {
    this.forget(await this.managed(caller, id));
    await this.tx.run((em) =>
      em.update(this.kind.entity, { id }, { status: 'retired' } as Partial<T> as QueryDeepPartialEntity<T>),
    );
    return this.reload(id);
  }

  /**
   * The active one a scanned QR belongs to. A forged, malformed or unknown code is QR_INVALID; a
   * retired one, or a QR of an older version (re-issued since), is QR_RETIRED.
   *
   * With `remembered`, a row seen before at this version is answered from memory: only its version
   * and status ever change, so the caller must confirm those where it acts (`isCurrentSql`).
   */
  async resolve(text: string, { remembered = false } = {}): Promise<T> {
    const { code, version } = this.signer.verify(text, this.kind.qr);
    const known = remembered ? this.seen.get(code) : undefined;
    if (known && known.codeVersion === version) return known;
    const what = this.kind.name.toLowerCase();
    const row = await this.repo.findOne({ where: { code } as FindOptionsWhere<T> });
    if (!row) throw new AppError('QR_INVALID', `No ${what} has this code`);
    if (row.status === 'retired') throw new AppError('QR_RETIRED', `This ${what} has been retired`);
    if (version < row.codeVersion) {
      throw new AppError('QR_RETIRED', `This ${this.kind.label} was replaced by a newer one`);
    }
    // Only a leaked secret or a restored backup could sign a version that was never issued.
    if (version > row.codeVersion) throw new AppError('QR_INVALID', `This ${this.kind.label} version was never issued`);
    if (this.seen.size >= MAX_SEEN) this.seen.clear();
    this.seen.set(code, row);
    return row;
  }

  /** A scalar subquery, 1 while the row is active at the version it was resolved at, else 0. */
  isCurrentSql(row: T): { sql: string; parameters: unknown[] } {
    return {
      sql: `(SELECT COUNT(*) FROM ${this.repo.metadata.tableName} WHERE id = ? AND codeVersion = ? AND status = 'active')`,
      parameters: [row.id, row.codeVersion],
    };
  }

  /** Drops what `resolve` remembers of a row that changed. */
  forget(row: T): void {
    this.seen.delete(row.code);
  }

  private reload(id: number): Promise<T> {
    return this.repo.findOneOrFail({ where: { id } as FindOptionsWhere<T> });
  }
}
