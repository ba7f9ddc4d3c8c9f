import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UserResponse } from '@zerowaste/shared';
import { PageShell } from '../../components/page-shell';
import { SessionGate } from '../../components/session-gate';
import { HOME_SERVICES, type HomeService } from '../../constants/services';
import { ROUTES } from '../../routes';
import { useElderlyMode } from '../../stores/elderly-mode';
import { knownCell } from '../../stores/known-cells';
import { greetingFor } from '../../utils/format';
import './index.scss';

function openService(service: HomeService): void {
  if (service.key === 'sorting') {
    void Taro.switchTab({ url: ROUTES.sorting });
    return;
  }
  void Taro.showToast({ title: `${service.title}即将上线，敬请期待`, icon: 'none', duration: 2000 });
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
  const cell = knownCell(user.homeCellId);
  return (
    <View className="home__cell" onClick={goPick}>
      <Text className="home__cell-label">我的无废细胞</Text>
      <Text className="home__cell-name">{cell ? cell.name : '已设置'}</Text>
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

function Hero() {
  return (
    <View className="home__hero">
      <Text className="home__hero-title">一起建设无废城市</Text>
      <Text className="home__hero-text">分类投放、资源回收、河湖清洁，从身边小事做起。</Text>
      <Button className="home__hero-button" onClick={() => void Taro.switchTab({ url: ROUTES.sorting })}>
        查查垃圾怎么分
      </Button>
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

// 长辈模式: two large buttons for what works today, and one plain line about what is coming.
function ElderlyHome() {
  return (
    <View className="home__elderly">
      <Button
        className="btn btn--primary home__big-button"
        onClick={() => void Taro.switchTab({ url: ROUTES.sorting })}
      >
        垃圾分类查询
      </Button>
      <Button className="btn btn--ghost home__big-button" onClick={() => void Taro.switchTab({ url: ROUTES.nearby })}>
        附近的无废细胞
      </Button>
      <View className="notice">扫码投放、预约回收、积分兑换等服务即将上线。</View>
    </View>
  );
}

export default function HomePage() {
  const elderly = useElderlyMode();
  return (
    <PageShell className="home">
      <SessionGate>
        {(user) => (
          <>
            <Greeting user={user} />
            {elderly ? (
              <ElderlyHome />
            ) : (
              <>
                <Hero />
                <ServiceGrid />
                <NearbyEntry />
              </>
            )}
          </>
        )}
      </SessionGate>
    </PageShell>
  );
}
