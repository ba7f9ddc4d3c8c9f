import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { UserResponse } from '@zerowaste/shared';
import { useEffect } from 'react';
import { CodeEntry } from '../../components/code-entry';
import { HomeCellScore } from '../../components/home-cell-score';
import { NextPickupCard } from '../../components/next-pickup';
import { PageShell } from '../../components/page-shell';
import { SessionGate } from '../../components/session-gate';
import { HOME_SERVICES, type HomeService } from '../../constants/services';
import { ROUTES, withQuery } from '../../routes';
import { dismissDropQueueNotice, flushDropQueue, useDropQueue } from '../../stores/drop-queue';
import { useElderlyMode } from '../../stores/elderly-mode';
import { refreshBalance, useBalance } from '../../stores/points';
import { greetingFor } from '../../utils/format';
import { hasRole } from '../../utils/roles';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

/** The scanned or typed label goes to the scan page, which records the drop. */
function openScan(qr: string): void {
  void Taro.navigateTo({ url: withQuery(ROUTES.scan, { qr }) });
}

/** WeChat opens its camera scanner; the browser has none, so the scan page offers a field instead. */
async function scanBin(): Promise<void> {
  if (!isWeapp) {
    void Taro.navigateTo({ url: ROUTES.scan });
    return;
  }
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    if (res.result) openScan(res.result);
  } catch {
    // Closing the scanner is not an error.
  }
}

function openService(service: HomeService): void {
  switch (service.key) {
    case 'sorting':
      void Taro.switchTab({ url: ROUTES.sorting });
      return;
    case 'scan':
      void scanBin();
      return;
    case 'points':
      void Taro.navigateTo({ url: ROUTES.rewards });
      return;
    case 'pickup':
      void Taro.navigateTo({ url: ROUTES.pickupBook });
      return;
    default:
      void Taro.showToast({ title: `${service.title}即将上线，敬请期待`, icon: 'none', duration: 2000 });
  }
}

function HomeCellLine({ user }: { user: UserResponse }) {
  const goPick = () => void Taro.navigateTo({ url: ROUTES.homeCell });
  if (user.homeCellId === null) {
    return (
      <View className="home__cell home__cell--unset" onClick={goPick}>
        <Text>还没有设置我的无废细胞，去设置</Text>
        <Text className="home__chevron">›</Text>
      </View>
    );
  }
  return (
    <View className="home__cell" onClick={goPick}>
      <Text className="home__cell-label">我的无废细胞</Text>
      <Text className="home__cell-name">{user.homeCell?.name}</Text>
      <Text className="home__chevron">›</Text>
    </View>
  );
}

function Greeting({ user }: { user: UserResponse }) {
  return (
    <View className="home__greeting">
      <Text className="home__hello">
        {greetingFor(new Date())}，<Text className="home__nickname">{user.nickname}</Text>
      </Text>
      <HomeCellLine user={user} />
    </View>
  );
}

function PointsCard() {
  const balance = useBalance();
  return (
    <View className="home__points">
      <View className="home__points-head" onClick={() => void Taro.navigateTo({ url: ROUTES.pointsHistory })}>
        <View>
          <Text className="home__points-label">我的积分</Text>
          <Text className="home__balance">{balance ?? '—'}</Text>
        </View>
        <Text className="home__points-link">积分明细 ›</Text>
      </View>
      <CodeEntry scanText="扫码投放" submitText="投放" placeholder="输入或粘贴桶上的编码" onCode={openScan} />
      <Text className="home__points-hint">扫垃圾桶上的二维码，分类投放得积分，可到积分超市兑换商品。</Text>
    </View>
  );
}

/** Drops saved on the device while offline, and what became of the last resend. */
function DropQueueBanner() {
  const queue = useDropQueue();
  if (queue.flushing) return <View className="notice home__queue">正在上传保存的投放…</View>;
  if (queue.pending.length === 0 && !queue.notice) return null;
  return (
    <View className="notice home__queue">
      {queue.pending.length > 0 ? (
        <View className="home__queue-row">
          <Text className="home__queue-text">有 {queue.pending.length} 次投放待上传</Text>
          <Button className="btn btn--ghost home__queue-button" onClick={() => void flushDropQueue()}>
            重试
          </Button>
        </View>
      ) : null}
      {queue.notice ? (
        <View className="home__queue-row">
          <Text className="home__queue-text">{queue.notice}</Text>
          <Text className="home__queue-close" onClick={dismissDropQueueNotice}>
            知道了
          </Text>
        </View>
      ) : null}
    </View>
  );
}

/** Only for inspectors, shopkeepers and collectors: their work pages. */
function StaffCard({ user }: { user: UserResponse }) {
  const inspector = hasRole(user, 'inspector');
  const shopkeeper = hasRole(user, 'shopkeeper');
  const collector = hasRole(user, 'collector');
  if (!inspector && !shopkeeper && !collector) return null;
  return (
    <View className="card home__staff">
      <Text className="home__section-title">工作台</Text>
      {inspector ? (
        <View className="home__staff-row" onClick={() => void Taro.navigateTo({ url: ROUTES.inspect })}>
          <Text className="home__staff-title">检查投放</Text>
          <Text className="home__chevron">›</Text>
        </View>
      ) : null}
      {inspector ? (
        <View className="home__staff-row" onClick={() => void Taro.navigateTo({ url: ROUTES.recordDrop })}>
          <Text className="home__staff-title">为户卡记录投放</Text>
          <Text className="home__chevron">›</Text>
        </View>
      ) : null}
      {collector ? (
        <View className="home__staff-row" onClick={() => void Taro.navigateTo({ url: ROUTES.pickupRound })}>
          <Text className="home__staff-title">上门回收任务</Text>
          <Text className="home__chevron">›</Text>
        </View>
      ) : null}
      {shopkeeper ? (
        <View className="home__staff-row" onClick={() => void Taro.navigateTo({ url: ROUTES.fulfil })}>
          <Text className="home__staff-title">核销兑换码</Text>
          <Text className="home__chevron">›</Text>
        </View>
      ) : null}
    </View>
  );
}

function ServiceGrid() {
  return (
    <View className="card home__services">
      <Text className="home__section-title">便民服务</Text>
      <View className="home__grid">
        {HOME_SERVICES.map((service) => (
          <View
            key={service.key}
            className={`home__service${service.available ? '' : ' home__service--soon'}`}
            onClick={() => openService(service)}
          >
            <View className="home__glyph" style={{ backgroundColor: service.colour }}>
              {service.glyph}
            </View>
            <Text className="home__service-title">{service.title}</Text>
            {service.available ? null : <Text className="home__soon">即将上线</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}

function NearbyEntry() {
  return (
    <View className="card home__nearby" onClick={() => void Taro.switchTab({ url: ROUTES.nearby })}>
      <View className="home__nearby-text">
        <Text className="home__nearby-title">附近的无废细胞</Text>
        <Text className="muted">看看身边的无废小区、绿色学校和机关</Text>
      </View>
      <Text className="home__chevron">›</Text>
    </View>
  );
}

// 长辈模式: the balance in big type, large buttons for what works today, one plain line about what is coming.
function ElderlyHome() {
  const balance = useBalance();
  return (
    <View className="home__elderly">
      <View className="card home__elderly-points" onClick={() => void Taro.navigateTo({ url: ROUTES.pointsHistory })}>
        <Text>我的积分</Text>
        <Text className="home__elderly-balance">{balance ?? '—'}</Text>
      </View>
      <Button className="btn btn--primary home__big-button" onClick={() => void scanBin()}>
        扫码投放
      </Button>
      <Button
        className="btn btn--primary home__big-button"
        onClick={() => void Taro.switchTab({ url: ROUTES.sorting })}
      >
        垃圾分类查询
      </Button>
      <Button className="btn btn--ghost home__big-button" onClick={() => void Taro.navigateTo({ url: ROUTES.rewards })}>
        积分兑换
      </Button>
      <Button
        className="btn btn--ghost home__big-button"
        onClick={() => void Taro.navigateTo({ url: ROUTES.pickupBook })}
      >
        预约上门回收
      </Button>
      <Button className="btn btn--ghost home__big-button" onClick={() => void Taro.switchTab({ url: ROUTES.nearby })}>
        附近的无废细胞
      </Button>
      <View className="notice">河湖随手拍、闲置交换等服务即将上线。</View>
    </View>
  );
}

/** The home cell's grade and rank, once the resident has a home cell. */
function HomeCellScoreCard({ user }: { user: UserResponse }) {
  if (user.homeCellId === null) return null;
  return <HomeCellScore key={user.homeCellId} cellName={user.homeCell?.name ?? '我的无废细胞'} />;
}

function HomeContent({ user }: { user: UserResponse }) {
  const elderly = useElderlyMode();
  // Rendered only when signed in. Each time the page shows, the balance may have changed
  // elsewhere, and drops saved while offline can go now.
  const refresh = () => {
    refreshBalance().catch(() => undefined);
    void flushDropQueue();
  };
  useEffect(refresh, []);
  useDidShow(refresh);
  return (
    <>
      <Greeting user={user} />
      <DropQueueBanner />
      {elderly ? (
        <ElderlyHome />
      ) : (
        <>
          <PointsCard />
          <NextPickupCard />
          <HomeCellScoreCard user={user} />
          <StaffCard user={user} />
          <ServiceGrid />
          <NearbyEntry />
        </>
      )}
      {elderly ? <NextPickupCard /> : null}
      {elderly ? <HomeCellScoreCard user={user} /> : null}
      {elderly ? <StaffCard user={user} /> : null}
    </>
  );
}

export default function HomePage() {
  return (
    <PageShell className="home">
      <SessionGate>{(user) => <HomeContent user={user} />}</SessionGate>
    </PageShell>
  );
}
