import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type CellType, GRADE_LABELS, GRADES, type Period } from '@zerowaste/shared';
import { useCallback, useMemo, useState } from 'react';
import { EChart } from '@/components/echart';
import { gradeMapOption, mapItemAt } from '@/components/echart/options';
import { PageShell } from '@/components/page-shell';
import { ResourceView } from '@/components/resource-view';
import { SelectField } from '@/components/select-field';
import { SessionGate } from '@/components/session-gate';
import { StateView } from '@/components/state-view';
import { useResource } from '@/hooks/use-resource';
import { ROUTES, withQuery } from '@/routes';
import { listRankingAll } from '@/services/scoring';
import { GRADE_COLOURS } from '@/utils/grade';
import { formatPeriod, lastScoredPeriod } from '@/utils/period';
import { DashboardNav } from '../../components/dashboard-nav';
import { PERIOD_OPTIONS, TYPE_OPTIONS } from '../../components/dashboard-nav/filters';
import { FilterBar } from '../../components/filter-bar';
import './index.scss';

function GradeMap() {
  const [period, setPeriod] = useState<Period>(lastScoredPeriod());
  const [type, setType] = useState<CellType | ''>('');
  const cells = useResource(useCallback(() => listRankingAll({ period, type: type || undefined }), [period, type]));
  const items = cells.data ?? [];
  const option = useMemo(() => gradeMapOption(items), [items]);
  const unplaced = items.filter((item) => item.lat === null || item.lng === null).length;

  const openCell = (seriesIndex: number, dataIndex: number) => {
    const item = mapItemAt(items, seriesIndex, dataIndex);
    if (item) void Taro.navigateTo({ url: withQuery(ROUTES.scoreCell, { cellId: item.cellId }) });
  };

  return (
    <View>
      <DashboardNav current="map" />
      <FilterBar>
        <SelectField options={PERIOD_OPTIONS} value={period} placeholder="月份" onChange={setPeriod} chip />
        <SelectField options={TYPE_OPTIONS} value={type} placeholder="全部类型" onChange={setType} chip />
      </FilterBar>
      <ResourceView resource={cells} loadingTitle="正在加载细胞分布…" errorTitle="没能加载细胞分布">
        {() =>
          items.length === 0 ? (
            <StateView
              kind="empty"
              title={`${formatPeriod(period)}还没有评分`}
              description="每月 1 日为上个月评分；换个月份看看。"
            />
          ) : (
            <View>
              <View className="card map__chart">
                <EChart option={option} height={720} onItemTap={openCell} />
                <Text className="map__hint">
                  横轴为经度、纵轴为纬度（GCJ-02），颜色表示等级；点一个点查看该细胞的评分明细。
                </Text>
              </View>
              <View className="card map__counts">
                {GRADES.map((grade) => (
                  <View key={grade} className="map__count">
                    <View className="map__dot" style={{ backgroundColor: GRADE_COLOURS[grade] }} />
                    <Text className="map__count-label">{GRADE_LABELS[grade]}</Text>
                    <Text className="map__count-value">{items.filter((item) => item.grade === grade).length}</Text>
                  </View>
                ))}
              </View>
              {unplaced > 0 ? (
                <View className="notice">有 {unplaced} 个细胞没有登记位置，不在图上；请在细胞管理中补上位置。</View>
              ) : null}
            </View>
          )
        }
      </ResourceView>
    </View>
  );
}

export default function DashboardMapPage() {
  return (
    <PageShell className="map">
      <SessionGate>{() => <GradeMap />}</SessionGate>
    </PageShell>
  );
}
