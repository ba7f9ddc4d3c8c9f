import { Text, View } from '@tarojs/components';
import { type CellType, GRADE_LABELS, GRADES } from '@zerowaste/shared';
import { useCallback, useMemo, useState } from 'react';
import { EChart } from '@/components/echart';
import { type GradeCounts, gradeDistributionOption, passRate } from '@/components/echart/options';
import { PageShell } from '@/components/page-shell';
import { RegionPicker } from '@/components/region-picker';
import { ResourceView } from '@/components/resource-view';
import { SelectField } from '@/components/select-field';
import { SessionGate } from '@/components/session-gate';
import { StateView } from '@/components/state-view';
import { useResource } from '@/hooks/use-resource';
import { countGrades } from '@/services/scoring';
import { formatPeriod, recentPeriods } from '@/utils/period';
import { DashboardNav } from '../../components/dashboard-nav';
import { TYPE_OPTIONS } from '../../components/dashboard-nav/filters';
import { FilterBar } from '../../components/filter-bar';
import './index.scss';

const MONTHS = 6;

function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${rate}%`;
}

function Trend() {
  const [regionCode, setRegionCode] = useState('');
  const [type, setType] = useState<CellType | ''>('');
  const load = useCallback(async (): Promise<GradeCounts[]> => {
    const months: GradeCounts[] = [];
    // Month by month, oldest first: four small requests at a time stay well inside WeChat's ten.
    for (const period of recentPeriods(MONTHS).reverse()) {
      const counts = await countGrades({ period, regionCode: regionCode || undefined, type: type || undefined });
      months.push({ period, counts });
    }
    return months;
  }, [regionCode, type]);
  const trend = useResource(load);
  const option = useMemo(() => gradeDistributionOption(trend.data ?? []), [trend.data]);

  return (
    <View>
      <DashboardNav current="trend" />
      <FilterBar>
        <RegionPicker value={regionCode} onChange={setRegionCode} allLabel="全部地区" chip />
        <SelectField options={TYPE_OPTIONS} value={type} placeholder="全部类型" onChange={setType} chip />
      </FilterBar>
      <ResourceView resource={trend} loadingTitle="正在统计近半年的评分…" errorTitle="没能加载评分趋势">
        {(months) =>
          months.every((month) => GRADES.every((grade) => month.counts[grade] === 0)) ? (
            <StateView
              kind="empty"
              title="近半年还没有评分"
              description="每月 1 日为上个月评分；换个地区或类型看看。"
            />
          ) : (
            <View>
              <View className="card trend__chart">
                <Text className="trend__title">各等级细胞数（柱）与达标率（线）</Text>
                <EChart option={option} height={600} />
              </View>
              <View className="card trend__table">
                <View className="trend__tr trend__tr--head">
                  <Text className="trend__td trend__td--month">月份</Text>
                  {GRADES.map((grade) => (
                    <Text key={grade} className="trend__td">
                      {GRADE_LABELS[grade]}
                    </Text>
                  ))}
                  <Text className="trend__td">达标率</Text>
                </View>
                {[...months].reverse().map((month) => (
                  <View key={month.period} className="trend__tr">
                    <Text className="trend__td trend__td--month">{formatPeriod(month.period)}</Text>
                    {GRADES.map((grade) => (
                      <Text key={grade} className="trend__td">
                        {month.counts[grade]}
                      </Text>
                    ))}
                    <Text className="trend__td trend__td--rate">{formatRate(passRate(month.counts))}</Text>
                  </View>
                ))}
              </View>
            </View>
          )
        }
      </ResourceView>
    </View>
  );
}

export default function DashboardTrendPage() {
  return (
    <PageShell className="trend">
      <SessionGate>{() => <Trend />}</SessionGate>
    </PageShell>
  );
}
