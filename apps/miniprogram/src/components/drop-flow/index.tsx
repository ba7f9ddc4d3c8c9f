import { Button, Text, View } from '@tarojs/components';
import { WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import type { ReactNode } from 'react';
import type { DropFlowState } from '../../hooks/use-drop-flow';
import { flushDropQueue } from '../../stores/drop-queue';
import { retryHintOf } from '../../utils/retry-hint';
import { CategoryPicker } from '../category-picker';
import { ResultCard } from '../result-card';
import { StateView } from '../state-view';
import './index.scss';

interface DropFlowViewProps {
  state: DropFlowState;
  onCategory: (category: WasteCategory) => void;
  /** Whose points: 「您的积分」 or the household card holder's. */
  balanceLabel: string;
  /** Buttons under the answer (再扫一个, 返回首页…). */
  actions: ReactNode;
}

/** What happened to one drop: sending, which bin at a station, points earned, refused (and when to retry), or queued. */
export function DropFlowView({ state, onCategory, balanceLabel, actions }: DropFlowViewProps) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'sending':
      return <StateView kind="loading" title="正在记录投放…" />;
    case 'category':
      return (
        <View className="drop-flow__ask">
          <Text className="drop-flow__ask-title">这是四分类投放站</Text>
          <Text className="drop-flow__ask-text">请选择这次投放的是哪一类垃圾</Text>
          <CategoryPicker onPick={onCategory} />
        </View>
      );
    case 'recorded': {
      const { drop, awarded, balance } = state.result;
      return (
        <ResultCard
          tone="success"
          badge="✓"
          title="投放成功"
          highlight={awarded > 0 ? `+${awarded} 积分` : '本次未加分'}
          lines={[
            `${drop.binName} · ${WASTE_CATEGORY_LABELS[drop.category]}`,
            `${balanceLabel} ${balance}`,
            awarded > 0 ? '督导员确认投放正确后还有奖励积分' : '今日投放积分已达上限，明天再来',
          ]}
        >
          {actions}
        </ResultCard>
      );
    }
    case 'refused':
      return (
        <ResultCard tone="refused" badge="!" title={state.error.message} highlight={retryHintOf(state.error)}>
          {actions}
        </ResultCard>
      );
    case 'queued':
      return (
        <ResultCard
          tone="waiting"
          badge="…"
          title="网络不好，已先保存"
          lines={['恢复网络后会自动上传，不会重复计分。', '也可以稍后在首页点「重试」。']}
        >
          <Button className="btn btn--primary" onClick={() => void flushDropQueue()}>
            立即重试
          </Button>
          {actions}
        </ResultCard>
      );
  }
}
