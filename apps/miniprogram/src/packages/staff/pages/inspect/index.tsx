import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import {
  DROP_VERDICT_LABELS,
  type DropVerdict,
  type InspectorDropResponse,
  type UserResponse,
} from '@zerowaste/shared';
import { useCallback, useEffect, useState } from 'react';
import { CategoryChip } from '../../../../components/category-chip';
import { PageShell } from '../../../../components/page-shell';
import { PagedListView } from '../../../../components/paged-list-view';
import { SessionGate } from '../../../../components/session-gate';
import { StateView } from '../../../../components/state-view';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { listCellDirectory } from '../../../../services/cells';
import { messageOf } from '../../../../services/http';
import { judgeDrop, judgeDropsCorrect, listPendingDrops } from '../../../../services/staff';
import { formatDateTime } from '../../../../utils/format';
import { scopeIds } from '../../../../utils/roles';
import './index.scss';

/** Names for the inspector's cells, from the public directory (the role grant carries only ids). */
function useCellNames(ids: number[]): Record<number, string> {
  const [names, setNames] = useState<Record<number, string>>({});
  useEffect(() => {
    listCellDirectory({ pageSize: 100 })
      .then((page) => setNames(Object.fromEntries(page.items.map((cell) => [cell.id, cell.name]))))
      .catch(() => undefined);
  }, []);
  return Object.fromEntries(ids.map((id) => [id, names[id] ?? `无废细胞 ${id}`]));
}

function DropRow({
  drop,
  verdict,
  onJudge,
}: {
  drop: InspectorDropResponse;
  verdict?: DropVerdict;
  onJudge: (verdict: DropVerdict) => void;
}) {
  return (
    <View className={`inspect__drop${verdict ? ' inspect__drop--judged' : ''}`}>
      <View className="inspect__drop-head">
        <Text className="inspect__who">
          {drop.who.name}
          {drop.who.kind === 'household' ? <Text className="inspect__card-tag">户卡</Text> : null}
        </Text>
        <CategoryChip category={drop.category} />
      </View>
      <Text className="inspect__where">
        {drop.binName} · {formatDateTime(drop.createdAt)}
      </Text>
      {verdict ? (
        <Text className={`inspect__verdict inspect__verdict--${verdict}`}>已标为{DROP_VERDICT_LABELS[verdict]}</Text>
      ) : (
        <View className="inspect__actions">
          <Button className="btn inspect__button inspect__button--correct" onClick={() => onJudge('correct')}>
            正确
          </Button>
          <Button className="btn inspect__button inspect__button--incorrect" onClick={() => onJudge('incorrect')}>
            错误
          </Button>
        </View>
      )}
    </View>
  );
}

function PendingDrops({ cellId }: { cellId: number }) {
  const fetchPage = useCallback((page: number) => listPendingDrops(cellId, page), [cellId]);
  const list = usePagedList(fetchPage);
  const { reload } = list;
  // Verdicts shown before the API confirms them; taken back if it refuses.
  const [judged, setJudged] = useState<Record<number, DropVerdict>>({});

  useEffect(() => {
    setJudged({});
    void reload();
  }, [reload]);

  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    setJudged({});
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const rollback = (ids: number[], error: unknown) => {
    setJudged((previous) => {
      const next = { ...previous };
      for (const id of ids) delete next[id];
      return next;
    });
    void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
  };

  const judge = async (drop: InspectorDropResponse, verdict: DropVerdict) => {
    setJudged((previous) => ({ ...previous, [drop.id]: verdict }));
    try {
      await judgeDrop(drop.id, verdict);
    } catch (error) {
      rollback([drop.id], error);
    }
  };

  const open = list.items.filter((drop) => !judged[drop.id]);

  const judgeAll = async () => {
    const ids = open.map((drop) => drop.id);
    if (ids.length === 0) return;
    setJudged((previous) => ({ ...previous, ...Object.fromEntries(ids.map((id) => [id, 'correct' as const])) }));
    try {
      const result = await judgeDropsCorrect(ids);
      void Taro.showToast({ title: `已标记 ${result.judged.length} 条为正确`, icon: 'none' });
    } catch (error) {
      rollback(ids, error);
    }
  };

  return (
    <PagedListView
      list={list}
      loadingTitle="正在加载待检查的投放…"
      errorTitle="没能加载投放记录"
      empty={{
        icon: '✓',
        title: '没有待检查的投放',
        description: '居民扫码投放后会出现在这里。下拉可刷新。',
        actionText: '刷新',
        onAction: () => void reload(),
      }}
    >
      {(items) => (
        <>
          <View className="inspect__bar">
            <Text className="inspect__count">待检查 {list.total - Object.keys(judged).length} 条</Text>
            <Button
              className={`btn btn--primary inspect__all${open.length === 0 ? ' btn--disabled' : ''}`}
              disabled={open.length === 0 || undefined}
              onClick={() => void judgeAll()}
            >
              全部标为正确
            </Button>
          </View>
          {items.map((drop) => (
            <DropRow
              key={drop.id}
              drop={drop}
              verdict={judged[drop.id]}
              onJudge={(verdict) => void judge(drop, verdict)}
            />
          ))}
        </>
      )}
    </PagedListView>
  );
}

function Inspect({ user }: { user: UserResponse }) {
  const cells = scopeIds(user, 'inspector');
  const names = useCellNames(cells);
  const [cellId, setCellId] = useState<number | null>(
    cells.includes(user.homeCellId ?? -1) ? user.homeCellId : (cells[0] ?? null),
  );
  if (cellId === null) {
    return (
      <StateView kind="info" title="您还不是督导员" description="督导员由社区/村管理员指定，指定后可在这里检查投放。" />
    );
  }
  return (
    <View>
      {cells.length > 1 ? (
        <View className="inspect__cells">
          {cells.map((id) => (
            <Text
              key={id}
              className={`inspect__cell${id === cellId ? ' inspect__cell--active' : ''}`}
              onClick={() => setCellId(id)}
            >
              {names[id]}
            </Text>
          ))}
        </View>
      ) : null}
      <PendingDrops cellId={cellId} />
    </View>
  );
}

export default function InspectPage() {
  return (
    <PageShell className="inspect">
      <SessionGate>{(user) => <Inspect user={user} />}</SessionGate>
    </PageShell>
  );
}
