import { Button, Form, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UpdateMeRequest, UserResponse } from '@zerowaste/shared';
import { useState } from 'react';
import { Avatar } from '../../../../components/avatar';
import { PageShell } from '../../../../components/page-shell';
import { SessionGate } from '../../../../components/session-gate';
import { messageOf } from '../../../../services/http';
import { updateMe } from '../../../../services/me';
import { updateSessionUser } from '../../../../stores/session';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';
const NICKNAME_MAX = 20;

// A picture from chooseAvatar is a temporary file on the phone; only a hosted https URL can be saved.
function isHostedUrl(url: string): boolean {
  return /^https:\/\//.test(url);
}

function ProfileForm({ user }: { user: UserResponse }) {
  const [nickname, setNickname] = useState(user.nickname);
  const [avatar, setAvatar] = useState<string | null>(user.avatarUrl);
  const [saving, setSaving] = useState(false);
  const localAvatar = avatar !== null && avatar !== user.avatarUrl && !isHostedUrl(avatar);

  const save = async (submitted: string) => {
    const name = submitted.trim();
    if (name.length === 0 || Array.from(name).length > NICKNAME_MAX) {
      void Taro.showToast({ title: `昵称需为 1–${NICKNAME_MAX} 个字`, icon: 'none' });
      return;
    }
    const changes: UpdateMeRequest = {};
    if (name !== user.nickname) changes.nickname = name;
    if (avatar !== user.avatarUrl && avatar !== null && isHostedUrl(avatar)) changes.avatarUrl = avatar;
    if (Object.keys(changes).length === 0) {
      void Taro.navigateBack();
      return;
    }
    setSaving(true);
    try {
      updateSessionUser(await updateMe(changes));
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(() => void Taro.navigateBack(), 600);
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      onSubmit={(event) => {
        // WeChat fills a nickname-type input without an input event; the form value is authoritative.
        const value = (event.detail.value as Record<string, unknown> | undefined)?.nickname;
        void save(typeof value === 'string' ? value : nickname);
      }}
    >
      <View className="card profile__avatar-card">
        {isWeapp ? (
          <Button
            className="profile__avatar-button"
            openType="chooseAvatar"
            onChooseAvatar={(event) => setAvatar((event.detail as { avatarUrl: string }).avatarUrl)}
          >
            <Avatar nickname={nickname || user.nickname} url={avatar} size="lg" />
            <Text className="profile__avatar-hint">点击更换头像</Text>
          </Button>
        ) : (
          <View className="profile__avatar-static">
            <Avatar nickname={nickname || user.nickname} url={avatar} size="lg" />
            <Text className="profile__avatar-hint profile__avatar-hint--muted">头像可在微信小程序中更换</Text>
          </View>
        )}
      </View>
      {localAvatar ? <View className="notice">头像上传功能即将上线，本次只保存昵称。</View> : null}

      <View className="card profile__field">
        <Text className="profile__label">昵称</Text>
        <Input
          className="profile__input"
          name="nickname"
          type={isWeapp ? 'nickname' : 'text'}
          value={nickname}
          maxlength={NICKNAME_MAX}
          placeholder="请输入昵称"
          onInput={(event) => setNickname(event.detail.value)}
          onBlur={(event) => setNickname(event.detail.value)}
        />
      </View>

      <Button
        className={`btn btn--primary profile__save${saving ? ' btn--disabled' : ''}`}
        // WeChat's nickname input is read through the form; H5 saves on tap.
        formType={isWeapp ? 'submit' : undefined}
        onClick={isWeapp ? undefined : () => void save(nickname)}
        // H5 renders disabled="false" as an attribute, which still greys the button: omit it instead.
        disabled={saving || undefined}
      >
        {saving ? '正在保存…' : '保存'}
      </Button>
    </Form>
  );
}

export default function ProfilePage() {
  return (
    <PageShell className="profile">
      <SessionGate>{(user) => <ProfileForm user={user} />}</SessionGate>
    </PageShell>
  );
}
