import { Button, Text, View } from '@tarojs/components';
import type { FulfilResponse } from '@zerowaste/shared';
import { useState } from 'react';
import { CodeEntry } from '../../../../components/code-entry';
import { PageShell } from '../../../../components/page-shell';
import { ResultCard } from '../../../../components/result-card';
import { SessionGate } from '../../../../components/session-gate';
import { StateView } from '../../../../components/state-view';
import { ApiError, messageOf } from '../../../../services/http';
import { fulfilRedemption } from '../../../../services/staff';
import './index.scss';

type FulfilState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'done'; result: FulfilResponse }
  | { phase: 'refused'; message: string; hint: string };

function refusalHint(error: unknown): string {
  if (!(error instanceof ApiError)) return '请稍后重试。';
  switch (error.code) {
    case 'NOT_FOUND':
      return '没有这个兑换码，请核对后重新输入。';
    case 'REDEMPTION_CLOSED':
      return '这个码已经用过、被取消或已过期，请不要发放商品。';
    case 'FORBIDDEN':
      return '这个兑换码不是在您的店兑换的，请让居民到对应的积分超市领取。';
    default:
      return '请核对兑换码后重试。';
  }
}

function Fulfil() {
  const [state, setState] = useState<FulfilState>({ phase: 'idle' });

  const submit = async (code: string) => {
    if (state.phase === 'sending') return;
    setState({ phase: 'sending' });
    try {
      setState({ phase: 'done', result: await fulfilRedemption(code) });
    } catch (error) {
      setState({ phase: 'refused', message: messageOf(error), hint: refusalHint(error) });
    }
  };

  const next = (
    <Button className="btn btn--primary fulfil__next" onClick={() => setState({ phase: 'idle' })}>
      核销下一个
    </Button>
  );

  switch (state.phase) {
    case 'idle':
      return (
        <View className="card fulfil__entry">
          <Text className="fulfil__title">扫描或输入居民的兑换码</Text>
          <Text className="fulfil__hint">兑换码为 8 位字母和数字，不区分大小写。</Text>
          <CodeEntry
            scanText="扫描兑换码"
            submitText="核销"
            placeholder="例如 ABCD EFGH"
            typing
            onCode={(code) => void submit(code)}
          />
        </View>
      );
    case 'sending':
      return <StateView kind="loading" title="正在核销…" />;
    case 'done': {
      const { result } = state;
      return (
        <ResultCard
          tone="success"
          badge="✓"
          title="核销成功，请发放商品"
          highlight={result.reward.name}
          lines={[
            `兑换人：${result.holderNickname}`,
            `${result.shop.name} · ${result.cost} 积分`,
            `兑换码 ${result.code}`,
          ]}
        >
          {next}
        </ResultCard>
      );
    }
    case 'refused':
      return (
        <ResultCard tone="refused" badge="!" title={state.message} lines={[state.hint]}>
          {next}
        </ResultCard>
      );
  }
}

export default function FulfilPage() {
  return (
    <PageShell className="fulfil">
      <SessionGate>{() => <Fulfil />}</SessionGate>
    </PageShell>
  );
}
