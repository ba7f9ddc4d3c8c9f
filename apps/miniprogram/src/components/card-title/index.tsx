import { Text, View } from '@tarojs/components';
import './index.scss';

/** A card's title with a small tag at the right end (an indicator and its weight, a cell and its month). */
export function CardTitle({ title, tag }: { title: string; tag: string }) {
  return (
    <View className="card-title">
      <Text className="card-title__text">{title}</Text>
      <Text className="card-title__tag">{tag}</Text>
    </View>
  );
}
