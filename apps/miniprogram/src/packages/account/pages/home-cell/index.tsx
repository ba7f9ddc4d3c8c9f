import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import type { CellSummary, UserResponse } from '@zerowaste/shared';
import { useCallback, useEffect, useState } from 'react';
import { CellItem } from '../../../../components/cell-item';
import { PageShell } from '../../../../components/page-shell';
import { PagedListView } from '../../../../components/paged-list-view';
import { SessionGate } from '../../../../components/session-gate';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { listCellDirectory } from '../../../../services/cells';
import { messageOf } from '../../../../services/http';
import { updateMe } from '../../../../services/me';
import { updateSessionUser } from '../../../../stores/session';
import './index.scss';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

function HomeCellPicker({ user }: { user: UserResponse }) {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState(false);

  // Search once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);

  const fetchPage = useCallback(
    (page: number) => listCellDirectory({ q: query || undefined, page, pageSize: PAGE_SIZE }),
    [query],
  );
  const list = usePagedList(fetchPage);
  const { reload } = list;

  useEffect(() => {
    void reload();
  }, [reload]);

  useReachBottom(() => {
    void list.loadMore();
  });

  const save = async (cell: CellSummary | null) => {
    if (saving) return;
    setSaving(true);
    void Taro.showLoading({ title: '正在保存', mask: true });
    try {
      const updated = await updateMe({ homeCellId: cell ? cell.id : null });
      updateSessionUser(updated);
      Taro.hideLoading();
      void Taro.showToast({ title: cell ? '已设置' : '已清除', icon: 'success' });
      setTimeout(() => void Taro.navigateBack(), 600);
    } catch (error) {
      Taro.hideLoading();
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
    } finally {
      setSaving(false);
    }
  };

  return (
    <View>
      <View className="home-cell__search">
        <Input
          className="home-cell__input"
          value={input}
          placeholder="搜索小区、村庄、学校、单位名称"
          confirmType="search"
          onInput={(event) => setInput(event.detail.value)}
          onConfirm={(event) => setQuery(event.detail.value.trim())}
        />
      </View>

      <PagedListView
        list={list}
        loadingTitle="正在加载…"
        errorTitle="加载失败"
        empty={{
          title: query ? `没有找到“${query}”` : '暂无可选的无废细胞',
          description: query ? '换个关键词试试，比如小区或村庄名称中的两个字。' : '请稍后再试。',
        }}
        className={list.loading ? 'home-cell__list--refreshing' : ''}
      >
        {(cells) =>
          cells.map((cell) => (
            <CellItem
              key={cell.id}
              cell={cell}
              selected={cell.id === user.homeCellId}
              onTap={(picked) => void save(picked)}
            />
          ))
        }
      </PagedListView>

      {user.homeCellId !== null ? (
        <Button className="btn btn--plain home-cell__clear" onClick={() => void save(null)}>
          <Text>不设置无废细胞</Text>
        </Button>
      ) : null}
    </View>
  );
}

export default function HomeCellPage() {
  return (
    <PageShell className="home-cell">
      <SessionGate>{(user) => <HomeCellPicker user={user} />}</SessionGate>
    </PageShell>
  );
}
