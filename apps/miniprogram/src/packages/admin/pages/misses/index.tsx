import { Button, Text, View } from '@tarojs/components';
import type { SearchMissResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SessionGate } from '@/components/session-gate';
import { useAction } from '@/hooks/use-action';
import { usePageList } from '@/hooks/use-page-list';
import { dismissSearchMiss, listSearchMisses } from '@/services/guide';
import { confirmAction } from '@/utils/confirm';
import { formatDateTime } from '@/utils/format';
import { GuideItemSheet } from '../../components/guide-item-sheet';
import './index.scss';

function MissRow({
  miss,
  busy,
  onAdd,
  onDismiss,
}: {
  miss: SearchMissResponse;
  busy: boolean;
  onAdd: () => void;
  onDismiss: () => void;
}) {
  return (
    <View className="misses__row">
      <View className="misses__head">
        <Text className="misses__term">{miss.term}</Text>
        <Text className="misses__count">{miss.count} 次</Text>
      </View>
      <Text className="misses__time">最近一次 {formatDateTime(miss.lastSearchedAt)}</Text>
      <View className="misses__actions">
        <Button className="btn btn--ghost misses__action" disabled={busy || undefined} onClick={onAdd}>
          添加为条目
        </Button>
        <Button className="btn btn--plain misses__action" disabled={busy || undefined} onClick={onDismiss}>
          忽略
        </Button>
      </View>
    </View>
  );
}

function Misses() {
  const fetchPage = useCallback((page: number) => listSearchMisses(page), []);
  const misses = usePageList(fetchPage);
  const action = useAction();
  const [adding, setAdding] = useState<SearchMissResponse | null>(null);

  const dismiss = async (miss: SearchMissResponse) => {
    const ok = await confirmAction('忽略这个词', `「${miss.term}」会从列表中移除，以后再有人搜也不会回来。`, '忽略');
    if (ok && (await action.run(() => dismissSearchMiss(miss.id), '已忽略'))) void misses.reload();
  };

  return (
    <View>
      <Text className="misses__intro">
        居民在分类指南里搜索却没有结果的词，搜得最多的在前。是真实物品就添加为条目，乱码、错字可以忽略。
      </Text>
      <PagedListView
        list={misses}
        loadingTitle="正在加载…"
        errorTitle="没能加载搜不到的词"
        className="card misses__list"
        empty={{ icon: '✓', title: '没有待处理的词', description: '居民搜索的词都能找到结果。' }}
      >
        {(items) =>
          items.map((miss) => (
            <MissRow
              key={miss.id}
              miss={miss}
              busy={action.busy}
              onAdd={() => setAdding(miss)}
              onDismiss={() => void dismiss(miss)}
            />
          ))
        }
      </PagedListView>
      {adding ? (
        <GuideItemSheet
          item={null}
          fromMiss={{ id: adding.id, term: adding.term }}
          onClose={() => setAdding(null)}
          onSaved={() => {
            setAdding(null);
            void misses.reload();
          }}
        />
      ) : null}
    </View>
  );
}

export default function AdminMissesPage() {
  return (
    <PageShell className="misses">
      <SessionGate>{() => <Misses />}</SessionGate>
    </PageShell>
  );
}
