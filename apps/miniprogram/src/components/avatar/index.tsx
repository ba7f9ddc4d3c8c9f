import { Image, View } from '@tarojs/components';
import './index.scss';

interface AvatarProps {
  nickname: string;
  url?: string | null;
  size?: 'md' | 'lg';
}

/** The user's picture, or the first character of the nickname on the brand colour. */
export function Avatar({ nickname, url, size = 'md' }: AvatarProps) {
  if (url) return <Image className={`avatar avatar--${size}`} src={url} mode="aspectFill" />;
  return <View className={`avatar avatar--${size} avatar--text`}>{Array.from(nickname.trim())[0] ?? '我'}</View>;
}
