import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { ALERT_KIND_LABELS, type CellAlert, type CellResponse } from '@zerowaste/shared';
import { useCallback } from 'react';
import { CellHeader } from '@/components/cell-header';
import { ManagedCellPage } from '@/components/managed-cell';
import { ResourceView } from '@/components/resource-view';
import { StateView } from '@/components/state-view';
import { useResource } from '@/hooks/use-resource';
import { listAlerts } from '@/services/scoring';
import { formatMonth } from '@/utils/period';
import './index.scss';

/** What a manager can do about each kind of alert. */
const ADVICE: Record<CellAlert['kind'], string> = {
  bin_low_accuracy: '建议安排督导员在这个桶点值守，现场指导居民分类投放。',
  participation_falling: '建议开展一次入户宣传或积分兑换活动，把居民请回来。',
};

function AlertCard({ alert }: { alert: CellAlert }) {
  return (
    <View className={`card alerts__card alerts__card--${alert.kind}`}>
      <Text className="alerts__kind">{ALERT_KIND_LABELS[alert.kind]}</Text>
      <Text className="alerts__message">{alert.message}</Text>
      {alert.periods?.length ? (
        <View className="alerts__periods">
          {alert.periods.map((item) => (
            <View key={item.period} className="alerts__period">
              <Text className="alerts__period-value">{Math.round(item.participation)}%</Text>
              <Text className="alerts__period-label">{formatMonth(item.period)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text className="alerts__advice">{ADVICE[alert.kind]}</Text>
    </View>
  );
}

function Alerts({ cell }: { cell: CellResponse }) {
  const alerts = useResource(useCallback(() => listAlerts(cell.id), [cell.id]));
  usePullDownRefresh(() => {
    void alerts.reload().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <View>
      <CellHeader cell={cell} subtitle="近 30 天各桶点的分类准确率，近三个月的参与率" />
      <ResourceView resource={alerts} loadingTitle="正在检查预警…" errorTitle="没能加载预警">
        {(items) =>
          items.length === 0 ? (
            <StateView
              kind="info"
              icon="✓"
              title="暂无预警"
              description="近 30 天各桶点分类准确率都在 60% 以上，参与率也没有连续下降。"
            />
          ) : (
            <View>
              <View className="notice">共 {items.length} 条预警，请尽快处理。</View>
              {items.map((alert) => (
                <AlertCard key={`${alert.kind}.${alert.binId ?? 'cell'}`} alert={alert} />
              ))}
            </View>
          )
        }
      </ResourceView>
    </View>
  );
}

export default function ScoreAlertsPage() {
  return <ManagedCellPage className="alerts">{(cell) => <Alerts cell={cell} />}</ManagedCellPage>;
}
