import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { CodeEntry } from '../../../../components/code-entry';
import { DropFlowView } from '../../../../components/drop-flow';
import { PageShell } from '../../../../components/page-shell';
import { SessionGate } from '../../../../components/session-gate';
import { useDropFlow } from '../../../../hooks/use-drop-flow';
import { ROUTES } from '../../../../routes';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

function ScanDrop({ initial }: { initial: string | null }) {
  const flow = useDropFlow();
  const { start } = flow;
  const started = useRef(false);

  useEffect(() => {
    if (initial && !started.current) {
      started.current = true;
      start(initial);
    }
  }, [initial, start]);

  const again = async () => {
    if (!isWeapp) {
      flow.reset();
      return;
    }
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      if (res.result) start(res.result);
    } catch {
      // Closing the scanner is not an error.
    }
  };

  if (flow.state.phase === 'idle') {
    return (
      <View className="card scan__entry">
        <Text className="scan__title">扫描垃圾桶上的二维码</Text>
        <Text className="scan__text">
          {isWeapp ? '对准投放点标签上的二维码，投放后即得积分。' : '网页版无法调用相机：请输入或粘贴标签上的编码。'}
        </Text>
        <CodeEntry scanText="扫码投放" submitText="投放" placeholder="粘贴二维码内容或编码" onCode={start} />
      </View>
    );
  }

  return (
    <DropFlowView
      state={flow.state}
      onCategory={flow.chooseCategory}
      balanceLabel="您的积分"
      actions={
        <>
          <Button className="btn btn--ghost scan__again" onClick={() => void again()}>
            再扫一个
          </Button>
          <Button className="btn btn--plain scan__home" onClick={() => void Taro.switchTab({ url: ROUTES.home })}>
            返回首页
          </Button>
        </>
      }
    />
  );
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * `?qr=` from our own scan button; `?q=` when WeChat opens the page from a plain-link QR code
 * (the label's URL, percent-encoded: the API reads it as it is).
 */
export default function ScanPage() {
  const { params } = useRouter();
  const initial = params.q || params.qr || null;
  return (
    <PageShell className="scan">
      <SessionGate>{() => <ScanDrop initial={initial ? decoded(initial) : null} />}</SessionGate>
    </PageShell>
  );
}
