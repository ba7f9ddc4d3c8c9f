import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { parseQrPayload } from '@zerowaste/shared';
import { useState } from 'react';
import { CodeEntry } from '../../../../components/code-entry';
import { DropFlowView } from '../../../../components/drop-flow';
import { PageShell } from '../../../../components/page-shell';
import { SessionGate } from '../../../../components/session-gate';
import { useDropFlow } from '../../../../hooks/use-drop-flow';
import './index.scss';

/** Step two: the bin, for the card read in step one; then the category at a station. */
function BinStep({ card, onNextHousehold }: { card: string; onNextHousehold: () => void }) {
  const flow = useDropFlow(card);
  if (flow.state.phase === 'idle') {
    return (
      <View className="card record__step">
        <Text className="record__step-no">第 2 步</Text>
        <Text className="record__step-title">扫描垃圾桶上的二维码</Text>
        <CodeEntry scanText="扫描垃圾桶" submitText="记录" placeholder="输入或粘贴桶上的编码" onCode={flow.start} />
      </View>
    );
  }
  return (
    <DropFlowView
      state={flow.state}
      onCategory={flow.chooseCategory}
      balanceLabel="这户的积分"
      actions={
        <>
          <Button className="btn btn--ghost record__again" onClick={flow.reset}>
            同一户再记一次
          </Button>
          <Button className="btn btn--plain record__next" onClick={onNextHousehold}>
            下一户
          </Button>
        </>
      }
    />
  );
}

function RecordDrop() {
  const [card, setCard] = useState<string | null>(null);

  const readCard = (text: string) => {
    const payload = parseQrPayload(text, 'h');
    if (payload?.kind !== 'h') {
      void Taro.showToast({ title: '这不是户卡二维码，请扫描居民的户卡', icon: 'none', duration: 2500 });
      return;
    }
    setCard(text);
  };

  if (!card) {
    return (
      <View className="card record__step">
        <Text className="record__step-no">第 1 步</Text>
        <Text className="record__step-title">扫描居民的户卡</Text>
        <Text className="record__hint">为没有手机的家庭记录投放，积分记入户卡，同样可以兑换。</Text>
        <CodeEntry scanText="扫描户卡" submitText="下一步" placeholder="输入或粘贴户卡编码" onCode={readCard} />
      </View>
    );
  }
  return (
    <View>
      <View className="record__card">
        <Text>户卡 {parseQrPayload(card, 'h')?.code}</Text>
        <Text className="record__change" onClick={() => setCard(null)}>
          换一张
        </Text>
      </View>
      <BinStep key={card} card={card} onNextHousehold={() => setCard(null)} />
    </View>
  );
}

export default function RecordDropPage() {
  return (
    <PageShell className="record">
      <SessionGate>{() => <RecordDrop />}</SessionGate>
    </PageShell>
  );
}
