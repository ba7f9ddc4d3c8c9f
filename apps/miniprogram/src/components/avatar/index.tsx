import { Image, View } from '@tarojs/components';
import { resolveApiUrl } from '../../services/http';
import './index.scss';

interface AvatarProps {
  nickname: string;
  /** An https URL, a path on the API (an uploaded avatar) or a local temporary file. */
  url?: string | null;
  size?: 'md' | 'lg';
}

/** The user's picture, or the first character of the nickname on the brand colour. */
export function Avatar({ nickname, url, size = 'md' }: AvatarProps) {
  if (url) return <Image className={`avatar avatar--${size}`} src={resolveApiUrl(url)} mode="aspectFill" />;
  return <View className={`avatar avatar--${size} avatar--text`}>{Array.from(nickname.trim())[0] ?? '我'}</View>;
}
