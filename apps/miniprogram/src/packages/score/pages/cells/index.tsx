import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { CELL_TYPE_LABELS, type CellResponse, type UserResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { GradeBadge } from '@/components/grade-badge';
import { IntroPanel } from '@/components/intro-panel';
import { PageShell } from '@/components/page-shell';
import { ResourceView } from '@/components/resource-view';
import { SessionGate } from '@/components/session-gate';
import { StateView } from '@/components/state-view';
import { useResource } from '@/hooks/use-resource';
import { ROUTES, withQuery } from '@/routes';
import { getScoreTrend, listMyCells } from '@/services/scoring';
import { formatScore } from '@/utils/grade';
import { formatPeriod, lastScoredPeriod, recentPeriods } from '@/utils/period';
import { Sparkline } from '../../components/sparkline';
import './index.scss';

const TREND_MONTHS = 6;

/** The difference from the month before, as an arrow and points. */
function Change({ now, before }: { now: number; before: number | undefined }) {
  if (before === undefined) return null;
  const delta = Math.round((now - before) * 10) / 10;
  if (delta === 0) return <Text className="cells__change">与上月持平</Text>;
  return (
    <Text className={`cells__change cells__change--${delta > 0 ? 'up' : 'down'}`}>
      {delta > 0 ? '↑' : '↓'} {Math.abs(delta)} 分
    </Text>
  );
}

/** One cell with its latest total, grade, the change since the month before and the last months' bars. */
function CellScoreRow({ cell }: { cell: CellResponse }) {
  const latest = lastScoredPeriod();
  const load = useCallback(
    () => getScoreTrend(cell.id, recentPeriods(TREND_MONTHS, latest).at(-1) ?? latest, latest),
    [cell.id, latest],
  );
  const trend = useResource(load);
  const items = trend.data ?? [];
  const last = items.at(-1);

  return (
    <View
      className="card cells__row"
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.scoreCell, { cellId: cell.id }) })}
    >
      <View className="cells__head">
        <Text className="cells__name">{cell.name}</Text>
        <Text className="cells__type">{CELL_TYPE_LABELS[cell.type]}</Text>
      </View>
      {trend.loading && !trend.data ? <Text className="cells__muted">正在加载评分…</Text> : null}
      {trend.error ? <Text className="cells__error">没能加载评分：{trend.error}</Text> : null}
      {trend.data && !last ? (
        <Text className="cells__muted">还没有评分。每月 1 日会为上个月评分，先去上传证据吧。</Text>
      ) : null}
      {last ? (
        <View className="cells__score">
          <View className="cells__total-box">
            <Text className="cells__total">{formatScore(last.total)}</Text>
            <Text className="cells__unit">分</Text>
          </View>
          <View className="cells__meta">
            <GradeBadge grade={last.grade} />
            <Text className="cells__period">{formatPeriod(last.period)}</Text>
            <Change now={last.total} before={items.at(-2)?.total} />
          </View>
          <Sparkline items={items} />
        </View>
      ) : null}
      <Text className="cells__more">查看明细、证据和预警 ›</Text>
    </View>
  );
}

function MyCells({ user }: { user: UserResponse }) {
  const [generation, setGeneration] = useState(0);
  const cells = useResource(useCallback(() => listMyCells(), []));
  usePullDownRefresh(() => {
    setGeneration((value) => value + 1);
    void cells.reload().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <ResourceView resource={cells} loadingTitle="正在加载我的无废细胞…" errorTitle="没能加载我的无废细胞">
      {(page) =>
        page.items.length === 0 ? (
          <StateView
            kind="empty"
            title="还没有负责的无废细胞"
            description={`${user.nickname}，请联系市级管理员把你设为某个无废细胞的负责人，再回到这里查看评分。`}
          />
        ) : (
          <View>
            <IntroPanel
              title="我负责的无废细胞"
              text="每月 1 日按评分细则为上个月打分。点开一个细胞，看每项得分和需要改进的地方。"
            />
            {page.items.map((cell) => (
              // A pull-down refresh remounts the rows, so each loads its trend again.
              <CellScoreRow key={`${cell.id}.${generation}`} cell={cell} />
            ))}
          </View>
        )
      }
    </ResourceView>
  );
}

export default function ScoreCellsPage() {
  return (
    <PageShell className="cells">
      <SessionGate>{(user) => <MyCells user={user} />}</SessionGate>
    </PageShell>
  );
}
