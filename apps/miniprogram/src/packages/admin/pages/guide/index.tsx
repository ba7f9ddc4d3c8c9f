import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { GuideItemResponse, GuideItemStatus } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { CategoryChip } from '@/components/category-chip';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SearchBar } from '@/components/search-bar';
import { SessionGate } from '@/components/session-gate';
import { useAction } from '@/hooks/use-action';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePageList } from '@/hooks/use-page-list';
import { ROUTES } from '@/routes';
import { listAdminGuideItems, updateGuideItem } from '@/services/guide';
import { GuideItemSheet } from '../../components/guide-item-sheet';
import './index.scss';

const TABS: { status: GuideItemStatus; label: string }[] = [
  { status: 'all', label: '全部' },
  { status: 'active', label: '显示中' },
  { status: 'hidden', label: '已隐藏' },
];

function ItemRow({
  item,
  busy,
  onEdit,
  onToggle,
}: {
  item: GuideItemResponse;
  busy: boolean;
  onEdit: () => void;
  onToggle: () => void;
}) {
  return (
    <View className={`guide-admin__row${item.active ? '' : ' guide-admin__row--hidden'}`}>
      <View className="guide-admin__main" onClick={onEdit}>
        <View className="guide-admin__head">
          <Text className="guide-admin__name">{item.name}</Text>
          {item.active ? null : <Text className="guide-admin__hidden-tag">已隐藏</Text>}
        </View>
        <View className="guide-admin__chip">
          <CategoryChip category={item.category} detail={item.subcategoryLabel} />
        </View>
        {item.aliases.length ? <Text className="guide-admin__aliases">也叫 {item.aliases.join('、')}</Text> : null}
      </View>
      <Button
        className={`btn ${item.active ? 'btn--plain' : 'btn--ghost'} guide-admin__toggle`}
        disabled={busy || undefined}
        onClick={onToggle}
      >
        {item.active ? '隐藏' : '恢复'}
      </Button>
    </View>
  );
}

function Guide() {
  const [status, setStatus] = useState<GuideItemStatus>('all');
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<GuideItemResponse | 'new' | null>(null);
  const search = useDebouncedValue(q.trim(), 300);
  const fetchPage = useCallback(
    (page: number) => listAdminGuideItems({ status, q: search || undefined, page }),
    [status, search],
  );
  const items = usePageList(fetchPage);
  const action = useAction();

  const toggle = async (item: GuideItemResponse) => {
    const saved = await action.run(
      () => updateGuideItem(item.id, { active: !item.active }),
      item.active ? '已隐藏' : '已恢复显示',
    );
    if (saved) void items.reload();
  };

  return (
    <View>
      <SearchBar value={q} placeholder="搜索条目名称" onChange={setQ}>
        <Button className="btn btn--primary" onClick={() => setEditing('new')}>
          添加
        </Button>
      </SearchBar>
      <View className="guide-admin__tabs">
        {TABS.map((tab) => (
          <Text
            key={tab.status}
            className={`guide-admin__tab${tab.status === status ? ' guide-admin__tab--active' : ''}`}
            onClick={() => setStatus(tab.status)}
          >
            {tab.label}
          </Text>
        ))}
      </View>
      <View className="guide-admin__misses" onClick={() => void Taro.navigateTo({ url: ROUTES.adminMisses })}>
        <Text className="guide-admin__misses-text">居民搜不到的词</Text>
        <Text className="guide-admin__misses-link">去处理 ›</Text>
      </View>
      {items.loaded ? <Text className="guide-admin__total">共 {items.total} 条，点条目可编辑</Text> : null}
      <PagedListView
        list={items}
        loadingTitle="正在加载分类指南…"
        errorTitle="没能加载分类指南"
        className="card guide-admin__list"
        empty={
          status === 'hidden' && !search
            ? { title: '没有隐藏的条目', description: '隐藏的条目不会被搜索、浏览或出现在每日答题中。' }
            : { title: `没有找到“${search}”`, description: '换个名称试试，或直接添加这个条目。' }
        }
      >
        {(list) =>
          list.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              busy={action.busy}
              onEdit={() => setEditing(item)}
              onToggle={() => void toggle(item)}
            />
          ))
        }
      </PagedListView>
      {editing ? (
        <GuideItemSheet
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void items.reload();
          }}
        />
      ) : null}
    </View>
  );
}

export default function AdminGuidePage() {
  return (
    <PageShell className="guide-admin">
      <SessionGate>{() => <Guide />}</SessionGate>
    </PageShell>
  );
}
