import { Button, Form, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UpdateMeRequest, UserResponse } from '@zerowaste/shared';
import { useState } from 'react';
import { Avatar } from '../../../../components/avatar';
import { PageShell } from '../../../../components/page-shell';
import { SessionGate } from '../../../../components/session-gate';
import { ApiError, messageOf } from '../../../../services/http';
import { updateMe, uploadAvatar } from '../../../../services/me';
import { updateSessionUser } from '../../../../stores/session';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';
// WeChat's avatar picker (base library 2.21.2+); elsewhere, and in H5, the photo comes from chooseImage.
const canChooseAvatar = isWeapp && Taro.canIUse('button.open-type.chooseAvatar');
const NICKNAME_MAX = 20;

function avatarUploadError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'PAYLOAD_TOO_LARGE') return '图片太大，请换一张较小的照片';
  if (error instanceof ApiError && error.code === 'UNSUPPORTED_MEDIA_TYPE') return '请选择 JPG 或 PNG 格式的照片';
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return error.message;
  return '头像上传失败，请重试';
}

function ProfileForm({ user }: { user: UserResponse }) {
  const [nickname, setNickname] = useState(user.nickname);
  // While uploading, the chosen photo (a local file) is shown; afterwards the saved one.
  const [pendingAvatar, setPendingAvatar] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const uploading = pendingAvatar !== null;

  const uploadChosen = async (filePath: string) => {
    if (uploading || !filePath) return;
    setPendingAvatar(filePath);
    setUploadError(null);
    void Taro.showLoading({ title: '正在上传头像…', mask: true });
    try {
      updateSessionUser(await uploadAvatar(filePath));
      void Taro.hideLoading();
      void Taro.showToast({ title: '头像已更新', icon: 'success' });
    } catch (error) {
      void Taro.hideLoading();
      const message = avatarUploadError(error);
      setUploadError(message);
      void Taro.showToast({ title: message, icon: 'none', duration: 2500 });
    } finally {
      setPendingAvatar(null);
    }
  };

  const pickImage = async () => {
    let chosen: Taro.chooseImage.SuccessCallbackResult;
    try {
      chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    } catch {
      return; // the picker was cancelled
    }
    const [filePath] = chosen.tempFilePaths;
    if (filePath) await uploadChosen(filePath);
  };

  const save = async (submitted: string) => {
    const name = submitted.trim();
    if (name.length === 0 || Array.from(name).length > NICKNAME_MAX) {
      void Taro.showToast({ title: `昵称需为 1–${NICKNAME_MAX} 个字`, icon: 'none' });
      return;
    }
    const changes: UpdateMeRequest = {};
    if (name !== user.nickname) changes.nickname = name;
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

  const avatarFace = (
    <>
      <View className={`profile__avatar${uploading ? ' profile__avatar--uploading' : ''}`}>
        <Avatar nickname={nickname || user.nickname} url={pendingAvatar ?? user.avatarUrl} size="lg" />
      </View>
      <Text className="profile__avatar-hint">{uploading ? '正在上传…' : '点击更换头像'}</Text>
    </>
  );

  return (
    <Form
      onSubmit={(event) => {
        // WeChat fills a nickname-type input without an input event; the form value is authoritative.
        const value = (event.detail.value as Record<string, unknown> | undefined)?.nickname;
        void save(typeof value === 'string' ? value : nickname);
      }}
    >
      <View className="card profile__avatar-card">
        {canChooseAvatar ? (
          <Button
            className="profile__avatar-button"
            openType="chooseAvatar"
            disabled={uploading || undefined}
            onChooseAvatar={(event) => void uploadChosen((event.detail as { avatarUrl: string }).avatarUrl)}
          >
            {avatarFace}
          </Button>
        ) : (
          <View className="profile__avatar-button" onClick={uploading ? undefined : () => void pickImage()}>
            {avatarFace}
          </View>
        )}
      </View>
      {uploadError ? <View className="notice profile__avatar-error">{uploadError}</View> : null}

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
