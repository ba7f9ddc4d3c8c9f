import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { LEDGER_KIND_LABELS, type LedgerEntryResponse } from '@zerowaste/shared';
import { useEffect } from 'react';
import { PageShell } from '../../../../components/page-shell';
import { PagedListView } from '../../../../components/paged-list-view';
import { SessionGate } from '../../../../components/session-gate';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { ROUTES } from '../../../../routes';
import { listLedgerEntries } from '../../../../services/points';
import { refreshBalance, useBalance } from '../../../../stores/points';
import { formatDateTime, formatPoints } from '../../../../utils/format';
import './index.scss';

function EntryRow({ entry }: { entry: LedgerEntryResponse }) {
  const tone = entry.amount > 0 ? 'plus' : entry.amount < 0 ? 'minus' : 'zero';
  return (
    <View className="history__entry">
      <View className="history__entry-main">
        <Text className="history__kind">{LEDGER_KIND_LABELS[entry.kind]}</Text>
        {entry.note ? <Text className="history__note">{entry.note}</Text> : null}
        <Text className="history__time">{formatDateTime(entry.createdAt)}</Text>
      </View>
      <View className="history__entry-side">
        <Text className={`history__amount history__amount--${tone}`}>{formatPoints(entry.amount)}</Text>
        <Text className="history__after">余 {entry.balanceAfter}</Text>
      </View>
    </View>
  );
}

function History() {
  const balance = useBalance();
  const list = usePagedList(listLedgerEntries);
  const { reload } = list;

  useEffect(() => {
    void reload();
    refreshBalance().catch(() => undefined);
  }, [reload]);

  useReachBottom(() => {
    void list.loadMore();
  });

  usePullDownRefresh(() => {
    void Promise.all([reload(), refreshBalance().catch(() => undefined)]).finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View>
      <View className="history__balance">
        <Text className="history__balance-label">当前积分</Text>
        <Text className="history__balance-value">{balance ?? '—'}</Text>
        <View className="history__links">
          <Button className="btn history__link" onClick={() => void Taro.navigateTo({ url: ROUTES.rewards })}>
            去兑换
          </Button>
          <Button className="btn history__link" onClick={() => void Taro.navigateTo({ url: ROUTES.redemptions })}>
            我的兑换码
          </Button>
        </View>
      </View>
      <PagedListView
        list={list}
        loadingTitle="正在加载积分明细…"
        errorTitle="没能加载积分明细"
        empty={{
          title: '还没有积分记录',
          description: '扫垃圾桶上的二维码分类投放，或参加每日答题，就能获得积分。',
          actionText: '去扫码投放',
          onAction: () => void Taro.navigateTo({ url: ROUTES.scan }),
        }}
        className="card history__list"
      >
        {(items) => items.map((entry) => <EntryRow key={entry.id} entry={entry} />)}
      </PagedListView>
    </View>
  );
}

export default function HistoryPage() {
  return (
    <PageShell className="history">
      <SessionGate>{() => <History />}</SessionGate>
    </PageShell>
  );
}
