import type { Role } from '@zerowaste/shared';
import type { Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import type { Cell } from '../cells/cell.entity';

/** The cell named in a path, when the caller holds one of `roles` for it (404 otherwise, so ids cannot be probed). */
export async function cellInScope(
  cells: Repository<Cell>,
  caller: Caller,
  cellId: number,
  roles: Role[],
): Promise<Cell> {
  caller.assertCanSee({ cellId }, roles, 'Cell');
  const cell = await cells.findOne({ where: { id: cellId } });
  if (!cell) throw AppError.notFound('Cell');
  return cell;
}

/** The cell named in a body: a field problem (400 naming the field) when it is not one the caller manages. */
export async function assertManagedCellField(
  cells: Repository<Cell>,
  caller: Caller,
  cellId: number,
  field: string,
): Promise<void> {
  if (!caller.canSee({ cellId }, ['cell_manager'])) throw AppError.invalidField(field, 'is not a cell you manage');
  if (!(await cells.exists({ where: { id: cellId } }))) throw AppError.invalidField(field, `no cell ${cellId}`);
}
