import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { resolveApiUrl } from '../../services/http';
import './index.scss';

interface PhotoGridProps {
  /** Paths on the API (uploaded photos) or local temporary files. */
  urls: string[];
  /** Shows a × on each photo. */
  onRemove?: (index: number) => void;
  /** Shows an "add" tile while there is room. */
  onAdd?: () => void;
  max?: number;
  /** An upload is in flight: the add tile says so and does nothing. */
  busy?: boolean;
}

/** Photos as square tiles; a tap opens them full screen. */
export function PhotoGrid({ urls, onRemove, onAdd, max = 9, busy }: PhotoGridProps) {
  const sources = urls.map(resolveApiUrl);
  return (
    <View className="photo-grid">
      {sources.map((src, index) => (
        <View key={src} className="photo-grid__tile">
          <Image
            className="photo-grid__image"
            src={src}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ urls: sources, current: src })}
          />
          {onRemove ? (
            <Text className="photo-grid__remove" onClick={() => onRemove(index)}>
              ×
            </Text>
          ) : null}
        </View>
      ))}
      {onAdd && urls.length < max ? (
        <View className="photo-grid__tile photo-grid__add" onClick={busy ? undefined : onAdd}>
          <Text className="photo-grid__plus">{busy ? '…' : '+'}</Text>
          <Text className="photo-grid__add-text">{busy ? '上传中' : '添加照片'}</Text>
        </View>
      ) : null}
    </View>
  );
}
