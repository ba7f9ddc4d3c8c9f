import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { APP_NAME_ZH, DEMO_USERS, type MetaResponse, ROLE_LABELS } from '@zerowaste/shared';
import { useCallback, useEffect, useState } from 'react';
import { Avatar } from '../../../../components/avatar';
import { PageShell } from '../../../../components/page-shell';
import { StateView } from '../../../../components/state-view';
import { ROUTES } from '../../../../routes';
import { loginAsDemoUser } from '../../../../services/auth';
import { messageOf } from '../../../../services/http';
import { getMeta } from '../../../../services/meta';
import { applyLogin, signInWithWechat } from '../../../../stores/session';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

function goHome(): void {
  void Taro.switchTab({ url: ROUTES.home });
}

function DemoUserList({ busy, onPick }: { busy: string | null; onPick: (openid: string) => void }) {
  return (
    <View className="login__demo">
      <Text className="login__section-title">选择一个演示账号</Text>
      <Text className="login__section-hint">演示模式下可直接登录以下账号，体验不同角色。</Text>
      {DEMO_USERS.map((user) => (
        <View
          key={user.openid}
          className={`login__user${busy === user.openid ? ' login__user--busy' : ''}`}
          onClick={() => {
            if (!busy) onPick(user.openid);
          }}
        >
          <Avatar nickname={user.nickname} />
          <View className="login__user-text">
            <View className="login__user-head">
              <Text className="login__user-name">{user.nickname}</Text>
              <Text className="login__user-role">{ROLE_LABELS[user.role]}</Text>
            </View>
            <Text className="login__user-blurb">{user.blurb}</Text>
          </View>
          <Text className="login__user-go">{busy === user.openid ? '登录中…' : '登录 ›'}</Text>
        </View>
      ))}
    </View>
  );
}

export default function LoginPage() {
  const [meta, setMeta] = useState<MetaResponse | null>(null);
  const [metaError, setMetaError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const loadMeta = useCallback(async () => {
    setMetaError(null);
    try {
      setMeta(await getMeta());
    } catch (error) {
      setMetaError(messageOf(error));
    }
  }, []);

  useEffect(() => {
    void loadMeta();
  }, [loadMeta]);

  const pickDemoUser = async (openid: string) => {
    setBusy(openid);
    try {
      applyLogin(await loginAsDemoUser(openid));
      goHome();
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
    } finally {
      setBusy(null);
    }
  };

  const loginWithWechat = async () => {
    setBusy('wechat');
    try {
      await signInWithWechat();
      goHome();
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
    } finally {
      setBusy(null);
    }
  };

  // In WeChat the log-in button above is all a user needs; the demo list only adds to it.
  let body: JSX.Element | null = null;
  if (metaError && !isWeapp) {
    body = (
      <StateView
        kind="error"
        title="无法连接服务"
        description={metaError}
        actionText="重试"
        onAction={() => void loadMeta()}
      />
    );
  } else if (!meta && !isWeapp) {
    body = <StateView kind="loading" title="正在连接服务…" />;
  } else if (meta?.demoMode) {
    body = <DemoUserList busy={busy} onPick={(openid) => void pickDemoUser(openid)} />;
  } else if (!isWeapp) {
    body = (
      <StateView
        kind="info"
        icon="微"
        title="请在微信中使用"
        description={`网页版仅用于演示。请在微信中搜索“${APP_NAME_ZH}”小程序，登录后使用全部功能。`}
      />
    );
  }

  return (
    <PageShell className="login">
      <View className="login__brand">
        <View className="login__logo">废</View>
        <Text className="login__title">{APP_NAME_ZH}</Text>
        <Text className="login__subtitle">分类投放 · 资源回收 · 共建无废城市</Text>
      </View>
      {isWeapp ? (
        <Button
          className={`btn btn--primary login__wechat${busy ? ' btn--disabled' : ''}`}
          disabled={busy !== null || undefined}
          onClick={() => void loginWithWechat()}
        >
          {busy === 'wechat' ? '正在登录…' : '微信一键登录'}
        </Button>
      ) : null}
      {body}
    </PageShell>
  );
}
