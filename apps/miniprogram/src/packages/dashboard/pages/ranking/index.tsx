import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { CELL_TYPE_LABELS, type CellType, type Grade, type Period, type ScoreRankingItem } from '@zerowaste/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { FilterChips } from '@/components/filter-chips';
import { GradeBadge } from '@/components/grade-badge';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { RegionPicker } from '@/components/region-picker';
import { SelectField } from '@/components/select-field';
import { SessionGate } from '@/components/session-gate';
import { usePagedList } from '@/hooks/use-paged-list';
import { ROUTES, withQuery } from '@/routes';
import { messageOf } from '@/services/http';
import { exportRanking, listRanking } from '@/services/scoring';
import { formatScore } from '@/utils/grade';
import { formatPeriod, lastScoredPeriod } from '@/utils/period';
import { DashboardNav } from '../../components/dashboard-nav';
import { GRADE_OPTIONS, PERIOD_OPTIONS, TYPE_OPTIONS } from '../../components/dashboard-nav/filters';
import { FilterBar } from '../../components/filter-bar';
import './index.scss';

function RankingRow({ item }: { item: ScoreRankingItem }) {
  return (
    <View
      className="ranking__row"
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.scoreCell, { cellId: item.cellId }) })}
    >
      <Text className={`ranking__rank${item.rank <= 3 ? ' ranking__rank--top' : ''}`}>{item.rank}</Text>
      <View className="ranking__main">
        <Text className="ranking__name">{item.cellName}</Text>
        <Text className="ranking__meta">
          {item.regionName} · {CELL_TYPE_LABELS[item.cellType]}
        </Text>
      </View>
      <View className="ranking__side">
        <Text className="ranking__total">{formatScore(item.total)}</Text>
        <GradeBadge grade={item.grade} />
      </View>
    </View>
  );
}

function Ranking() {
  const [period, setPeriod] = useState<Period>(lastScoredPeriod());
  const [regionCode, setRegionCode] = useState('');
  const [type, setType] = useState<CellType | ''>('');
  const [grade, setGrade] = useState<Grade | ''>('');
  const [exporting, setExporting] = useState(false);
  const query = useMemo(
    () => ({ period, regionCode: regionCode || undefined, type: type || undefined, grade: grade || undefined }),
    [period, regionCode, type, grade],
  );
  const fetchPage = useCallback((page: number) => listRanking({ ...query, page }), [query]);
  const list = usePagedList(fetchPage);
  const { reload } = list;
  useEffect(() => {
    void reload();
  }, [reload]);
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  const download = async () => {
    setExporting(true);
    try {
      await exportRanking(query);
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 3000 });
    } finally {
      setExporting(false);
    }
  };

  return (
    <View>
      <DashboardNav current="ranking" />
      <FilterBar>
        <SelectField options={PERIOD_OPTIONS} value={period} placeholder="月份" onChange={setPeriod} chip />
        <RegionPicker value={regionCode} onChange={setRegionCode} allLabel="全部地区" chip />
        <SelectField options={TYPE_OPTIONS} value={type} placeholder="全部类型" onChange={setType} chip />
      </FilterBar>
      <FilterChips label="等级" options={GRADE_OPTIONS} value={grade} onChange={setGrade} />
      <View className="ranking__summary">
        <Text className="ranking__count">
          {formatPeriod(period)} · {list.loaded ? `共 ${list.total} 个细胞` : '正在统计…'}
        </Text>
        <Button
          className={`btn btn--ghost ranking__export${exporting ? ' btn--disabled' : ''}`}
          disabled={exporting || undefined}
          onClick={() => void download()}
        >
          {exporting ? '正在导出…' : '导出 Excel'}
        </Button>
      </View>
      <PagedListView
        list={list}
        loadingTitle="正在加载排名…"
        errorTitle="没能加载排名"
        empty={{
          title: `${formatPeriod(period)}没有符合条件的评分`,
          description: '换个月份或放宽筛选条件试试；每月 1 日为上个月评分。',
        }}
        className="card ranking__list"
      >
        {(items) => items.map((item) => <RankingRow key={item.cellId} item={item} />)}
      </PagedListView>
    </View>
  );
}

export default function DashboardRankingPage() {
  return (
    <PageShell className="ranking">
      <SessionGate>{() => <Ranking />}</SessionGate>
    </PageShell>
  );
}
