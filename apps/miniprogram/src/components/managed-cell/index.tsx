import { useRouter } from '@tarojs/taro';
import type { CellResponse, UserResponse } from '@zerowaste/shared';
import { type ReactNode, useCallback } from 'react';
import { useResource } from '../../hooks/use-resource';
import { getCell } from '../../services/cells';
import { PageShell } from '../page-shell';
import { ResourceView } from '../resource-view';
import { SessionGate } from '../session-gate';

interface ManagedCellProps {
  cellId: number;
  children: (cell: CellResponse) => ReactNode;
}

/**
 * Loads the cell a management page is about (the API answers 404 for a cell the caller does not
 * manage) and renders the page once it is there; meanwhile a spinner, or the reason and a retry.
 */
export function ManagedCell({ cellId, children }: ManagedCellProps) {
  const load = useCallback(() => getCell(cellId), [cellId]);
  const cell = useResource(load);
  return (
    <ResourceView resource={cell} loadingTitle="正在打开无废细胞…" errorTitle="没能打开这个无废细胞">
      {children}
    </ResourceView>
  );
}

interface ManagedCellPageProps {
  /** The page's root class. */
  className: string;
  children: (cell: CellResponse, user: UserResponse) => ReactNode;
}

/** A whole page about the cell in its `?cellId=`: signed in, the cell loaded, then the content. */
export function ManagedCellPage({ className, children }: ManagedCellPageProps) {
  const cellId = Number(useRouter().params.cellId);
  return (
    <PageShell className={className}>
      <SessionGate>{(user) => <ManagedCell cellId={cellId}>{(cell) => children(cell, user)}</ManagedCell>}</SessionGate>
    </PageShell>
  );
}
