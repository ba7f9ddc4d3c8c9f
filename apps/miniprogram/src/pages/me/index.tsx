import { Button, Switch, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { ROLE_LABELS, type Role, type UserResponse } from '@zerowaste/shared';
import { useRef } from 'react';
import { Avatar } from '../../components/avatar';
import { PageShell } from '../../components/page-shell';
import { SessionGate } from '../../components/session-gate';
import { useResource } from '../../hooks/use-resource';
import { ROUTES } from '../../routes';
import { getMyRecycling } from '../../services/pickups';
import { setElderlyMode, useElderlyMode } from '../../stores/elderly-mode';
import { useBalance } from '../../stores/points';
import { signOut } from '../../stores/session';
import { formatKg } from '../../utils/format';
import { hasRole } from '../../utils/roles';
import './index.scss';

const isH5 = process.env.TARO_ENV === 'h5';

function roleLabels(user: UserResponse): string[] {
  // A scoped role can be granted several times (one per cell); show each role once.
  const roles = new Set<Role>(user.roles.map((grant) => grant.role));
  return [...roles].map((role) => ROLE_LABELS[role]);
}

function confirmSignOut(): void {
  void Taro.showModal({ title: '退出登录', content: '确定要退出当前账号吗？', confirmText: '退出' }).then((res) => {
    if (res.confirm) signOut();
  });
}

function LinkRow({ label, value, url }: { label: string; value?: string; url: string }) {
  return (
    <View className="me__row" onClick={() => void Taro.navigateTo({ url })}>
      <Text className="me__row-label">{label}</Text>
      {value ? <Text className="me__row-value">{value}</Text> : null}
      <Text className="me__chevron">›</Text>
    </View>
  );
}

/** What the resident's completed pickups recycled, and the way to their bookings. */
function RecyclingCard() {
  const summary = useResource(getMyRecycling);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void summary.reload();
    shown.current = true;
  });
  const data = summary.data;
  return (
    <View className="card me__recycling" onClick={() => void Taro.navigateTo({ url: ROUTES.pickups })}>
      <View className="me__recycling-head">
        <Text className="me__recycling-title">我的回收</Text>
        <Text className="me__recycling-link">我的预约 ›</Text>
      </View>
      <View className="me__recycling-figures">
        <View className="me__recycling-figure">
          <Text className="me__recycling-value">{data ? formatKg(data.recycledKg) : '—'}</Text>
          <Text className="me__recycling-label">累计回收</Text>
        </View>
        <View className="me__recycling-figure">
          <Text className="me__recycling-value">{data ? formatKg(data.co2eKg) : '—'}</Text>
          <Text className="me__recycling-label">减少碳排放 CO₂e</Text>
        </View>
        <View className="me__recycling-figure">
          <Text className="me__recycling-value">{data ? data.pickups : '—'}</Text>
          <Text className="me__recycling-label">上门回收次数</Text>
        </View>
      </View>
      {summary.error ? <Text className="muted">{summary.error}，下拉或稍后再看</Text> : null}
    </View>
  );
}

/** Work pages, shown only to the roles that do that work. */
function StaffLinks({ user }: { user: UserResponse }) {
  const inspector = hasRole(user, 'inspector');
  const shopkeeper = hasRole(user, 'shopkeeper');
  const collector = hasRole(user, 'collector');
  const manager = hasRole(user, 'cell_manager') || hasRole(user, 'admin');
  if (!inspector && !shopkeeper && !collector && !manager) return null;
  return (
    <View className="card me__list me__staff">
      {manager ? <LinkRow label="管理中心" value="细胞、垃圾桶、户卡、评分" url={ROUTES.manageHub} /> : null}
      {inspector ? <LinkRow label="检查投放" value={ROLE_LABELS.inspector} url={ROUTES.inspect} /> : null}
      {inspector ? <LinkRow label="为户卡记录投放" url={ROUTES.recordDrop} /> : null}
      {shopkeeper ? <LinkRow label="核销兑换码" value={ROLE_LABELS.shopkeeper} url={ROUTES.fulfil} /> : null}
      {collector ? <LinkRow label="上门回收任务" value={ROLE_LABELS.collector} url={ROUTES.pickupRound} /> : null}
    </View>
  );
}

function MeContent({ user }: { user: UserResponse }) {
  const balance = useBalance();
  const elderly = useElderlyMode();
  const labels = roleLabels(user);
  return (
    <>
      <View className="card me__profile" onClick={() => void Taro.navigateTo({ url: ROUTES.profile })}>
        <Avatar nickname={user.nickname} url={user.avatarUrl} size="lg" />
        <View className="me__profile-text">
          <Text className="me__nickname">{user.nickname}</Text>
          <View className="me__roles">
            {labels.map((label) => (
              <Text key={label} className="me__role">
                {label}
              </Text>
            ))}
          </View>
        </View>
        <Text className="me__edit">编辑 ›</Text>
      </View>

      <View className="card me__list me__points">
        <LinkRow label="我的积分" value={balance === null ? '积分明细' : `${balance} 分`} url={ROUTES.pointsHistory} />
        <LinkRow label="积分兑换" url={ROUTES.rewards} />
        <LinkRow label="我的兑换码" url={ROUTES.redemptions} />
      </View>

      <RecyclingCard />

      <StaffLinks user={user} />

      <View className="card me__list">
        <View className="me__row" onClick={() => void Taro.navigateTo({ url: ROUTES.homeCell })}>
          <Text className="me__row-label">我的无废细胞</Text>
          <Text className="me__row-value">{user.homeCell?.name ?? '未设置'}</Text>
          <Text className="me__chevron">›</Text>
        </View>
        <View className="me__row">
          <View className="me__row-label">
            <Text>长辈模式</Text>
            <Text className="me__row-hint">字更大、对比更强、首页更简单</Text>
          </View>
          <Switch
            className="me__elderly-switch"
            checked={elderly}
            color="#1a7f5a"
            onChange={(event) => setElderlyMode(event.detail.value)}
          />
        </View>
      </View>

      <View className="me__actions">
        {isH5 ? (
          <Button className="btn btn--plain me__action" onClick={() => signOut()}>
            切换账号
          </Button>
        ) : null}
        <Button className="btn btn--danger me__action" onClick={confirmSignOut}>
          退出登录
        </Button>
      </View>
    </>
  );
}

export default function MePage() {
  return (
    <PageShell className="me">
      <SessionGate>{(user) => <MeContent user={user} />}</SessionGate>
    </PageShell>
  );
}
