import { Text, View } from '@tarojs/components';
import { CELL_TYPE_LABELS } from '@zerowaste/shared';
import { useResource } from '../../hooks/use-resource';
import { getHomeCellScore } from '../../services/scoring';
import { formatScore } from '../../utils/grade';
import { formatPeriod } from '../../utils/period';
import { GradeBadge } from '../grade-badge';
import './index.scss';

/**
 * The resident's home cell's latest grade and rank, on the home page. Rendered only when a home cell
 * is set, keyed by it so that picking another loads again.
 */
export function HomeCellScore({ cellName }: { cellName: string }) {
  const score = useResource(getHomeCellScore);

  if (score.loading && !score.data) {
    return (
      <View className="card home-score home-score--quiet">
        <Text className="home-score__muted">正在加载{cellName}的评分…</Text>
      </View>
    );
  }
  if (score.error) {
    return (
      <View className="card home-score home-score--quiet" onClick={() => void score.reload()}>
        <Text className="home-score__muted">没能加载细胞评分，点这里重试</Text>
      </View>
    );
  }
  if (!score.data) {
    return (
      <View className="card home-score">
        <Text className="home-score__label">{cellName} · 无废细胞评分</Text>
        <Text className="home-score__empty">
          还没有评分。每月 1 日公布上个月的得分，一起分类投放，帮小区争当「示范」！
        </Text>
      </View>
    );
  }
  const data = score.data;
  return (
    <View className="card home-score">
      <Text className="home-score__label">
        {data.cellName} · {CELL_TYPE_LABELS[data.cellType]} · {formatPeriod(data.period)}评分
      </Text>
      <View className="home-score__body">
        <Text className="home-score__total">{formatScore(data.total)}</Text>
        <Text className="home-score__unit">分</Text>
        <GradeBadge grade={data.grade} large />
        <View className="home-score__rank">
          <Text className="home-score__rank-value">
            第 {data.rank.inRegion}
            <Text className="home-score__rank-of"> / {data.rank.ofInRegion}</Text>
          </Text>
          <Text className="home-score__rank-label">区县内排名</Text>
        </View>
      </View>
    </View>
  );
}
