import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import {
  CELL_TYPE_LABELS,
  type CellResponse,
  type CellScoreResponse,
  formatMeasureValue,
  type IndicatorScore,
  type Period,
  type ScoreTrendItem,
} from '@zerowaste/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EChart } from '@/components/echart';
import { trendChartOption } from '@/components/echart/options';
import { FilterChips } from '@/components/filter-chips';
import { GradeBadge } from '@/components/grade-badge';
import { ManagedCellPage } from '@/components/managed-cell';
import { StateView } from '@/components/state-view';
import { useResource } from '@/hooks/use-resource';
import { ROUTES, withQuery } from '@/routes';
import { openBinLabels } from '@/services/bins';
import { ApiError, messageOf } from '@/services/http';
import { getCellScore, getScoreTrend } from '@/services/scoring';
import { formatScore } from '@/utils/grade';
import { formatPeriod, lastScoredPeriod, recentPeriods } from '@/utils/period';
import './index.scss';

const TREND_MONTHS = 12;

function sourceLabel(indicator: IndicatorScore): string {
  return indicator.source === 'manual' ? '证据填报' : '系统统计';
}

/** What the indicator measured against its target, or why it has nothing. */
function measuredLine(indicator: IndicatorScore): string {
  if (indicator.raw === null) return '本月没有通过审核的证据';
  if (indicator.rule === 'yes_no' && indicator.source === 'manual')
    return indicator.raw >= 1 ? '已达到要求' : '未达到要求';
  if (indicator.rule === 'deductions') return `${Math.round(indicator.raw)} 项检查未通过`;
  const target = indicator.target === null ? '' : `，目标 ${formatMeasureValue(indicator.target, indicator.unit)}`;
  return `实际 ${formatMeasureValue(indicator.raw, indicator.unit)}${target}`;
}

function IndicatorRow({ indicator }: { indicator: IndicatorScore }) {
  const share = indicator.weight > 0 ? Math.min(100, (indicator.points / indicator.weight) * 100) : 0;
  const tone = share >= 100 ? 'full' : share >= 60 ? 'part' : 'low';
  return (
    <View className="cell__indicator">
      <View className="cell__indicator-head">
        <Text className="cell__indicator-name">{indicator.name}</Text>
        <Text className="cell__indicator-points">
          <Text className="cell__indicator-got">{formatScore(indicator.points)}</Text> / {indicator.weight} 分
        </Text>
      </View>
      <View className="cell__bar">
        <View className={`cell__bar-fill cell__bar-fill--${tone}`} style={{ width: `${share}%` }} />
      </View>
      <Text className="cell__indicator-detail">
        {sourceLabel(indicator)} · {measuredLine(indicator)}
      </Text>
    </View>
  );
}

function ScoreHead({ score }: { score: CellScoreResponse }) {
  return (
    <View className="cell__hero">
      <View className="cell__hero-top">
        <Text className="cell__hero-name">{score.cellName}</Text>
        <Text className="cell__hero-type">{CELL_TYPE_LABELS[score.cellType]}</Text>
      </View>
      <View className="cell__hero-score">
        <Text className="cell__hero-total">{formatScore(score.total)}</Text>
        <Text className="cell__hero-unit">分</Text>
        <GradeBadge grade={score.grade} large />
      </View>
      <Text className="cell__hero-period">
        {formatPeriod(score.period)} · 评分细则第 {score.rubricVersion} 版
      </Text>
      <View className="cell__ranks">
        <View className="cell__rank">
          <Text className="cell__rank-value">
            {score.rank.inRegion}
            <Text className="cell__rank-of">/{score.rank.ofInRegion}</Text>
          </Text>
          <Text className="cell__rank-label">区县内排名</Text>
        </View>
        <View className="cell__rank">
          <Text className="cell__rank-value">
            {score.rank.inType}
            <Text className="cell__rank-of">/{score.rank.ofInType}</Text>
          </Text>
          <Text className="cell__rank-label">同类细胞排名</Text>
        </View>
      </View>
    </View>
  );
}

function ToFix({ score }: { score: CellScoreResponse }) {
  return (
    <View className="card">
      <Text className="cell__section-title">需要改进</Text>
      {score.toFix.length === 0 ? (
        <Text className="cell__all-good">各项都拿到了满分，继续保持！</Text>
      ) : (
        score.toFix.map((item) => (
          <View key={item.key} className="cell__fix">
            <Text className="cell__fix-text">{item.message}</Text>
            <Text className="cell__fix-lost">−{formatScore(item.lost)} 分</Text>
          </View>
        ))
      )}
    </View>
  );
}

function TrendCard({ items }: { items: ScoreTrendItem[] }) {
  const option = useMemo(() => trendChartOption(items), [items]);
  return (
    <View className="card">
      <Text className="cell__section-title">得分趋势</Text>
      {items.length < 2 ? (
        <Text className="cell__muted">有两个月以上的评分后，这里会画出趋势。</Text>
      ) : (
        <EChart option={option} height={440} />
      )}
    </View>
  );
}

async function printLabels(cellId: number): Promise<void> {
  Taro.showLoading({ title: '正在生成标签…' });
  try {
    await openBinLabels(cellId);
  } catch (error) {
    Taro.hideLoading();
    void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 3000 });
    return;
  }
  Taro.hideLoading();
}

function Actions({ cellId }: { cellId: number }) {
  return (
    <View className="card cell__actions">
      <Button
        className="btn btn--primary cell__action"
        onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.scoreEvidence, { cellId }) })}
      >
        证据清单（上传佐证材料）
      </Button>
      <Button
        className="btn btn--ghost cell__action"
        onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.scoreAlerts, { cellId }) })}
      >
        查看预警
      </Button>
      <Button className="btn btn--plain cell__action" onClick={() => void printLabels(cellId)}>
        打印垃圾桶二维码标签
      </Button>
    </View>
  );
}

function CellScore({ cell }: { cell: CellResponse }) {
  const cellId = cell.id;
  const latest = lastScoredPeriod();
  const [period, setPeriod] = useState<Period>(latest);
  const trend = useResource(
    useCallback(
      () => getScoreTrend(cellId, recentPeriods(TREND_MONTHS, latest).at(-1) ?? latest, latest),
      [cellId, latest],
    ),
  );
  const score = useResource(
    useCallback(async () => {
      try {
        return await getCellScore(cellId, period);
      } catch (error) {
        // A month without a score is not a failure: the page says so and what to do.
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    }, [cellId, period]),
  );
  // The newest scored month opens first, when last month has not been scored.
  const newest = trend.data?.at(-1)?.period;
  useEffect(() => {
    if (newest && period === latest && newest !== latest) setPeriod(newest);
  }, [newest, period, latest]);

  usePullDownRefresh(() => {
    void Promise.all([trend.reload(), score.reload()]).finally(() => Taro.stopPullDownRefresh());
  });

  const periods = (trend.data ?? []).map((item) => item.period).reverse();
  return (
    <View>
      {periods.length > 1 ? (
        <FilterChips
          label="月份"
          options={periods.map((value) => ({ value, label: formatPeriod(value) }))}
          value={period}
          onChange={setPeriod}
        />
      ) : null}
      {score.loading && !score.data ? <StateView kind="loading" title="正在加载评分…" /> : null}
      {score.error ? (
        <StateView
          kind="error"
          title="没能加载评分"
          description={score.error}
          actionText="重试"
          onAction={() => void score.reload()}
        />
      ) : null}
      {!score.loading && !score.error && score.data === null ? (
        <StateView
          kind="empty"
          title={`${cell.name}${formatPeriod(period)}还没有评分`}
          description="每月 1 日为上个月评分。先把证据清单里的材料传上去，评分时就能算进去。"
          actionText="去上传证据"
          onAction={() => void Taro.navigateTo({ url: withQuery(ROUTES.scoreEvidence, { cellId }) })}
        />
      ) : null}
      {score.data ? (
        <View>
          <ScoreHead score={score.data} />
          <ToFix score={score.data} />
          <View className="card">
            <Text className="cell__section-title">各项得分</Text>
            {score.data.indicators.map((indicator) => (
              <IndicatorRow key={indicator.key} indicator={indicator} />
            ))}
          </View>
        </View>
      ) : null}
      {trend.data ? <TrendCard items={trend.data} /> : null}
      <Actions cellId={cellId} />
    </View>
  );
}

export default function ScoreCellPage() {
  return <ManagedCellPage className="cell">{(cell) => <CellScore cell={cell} />}</ManagedCellPage>;
}
