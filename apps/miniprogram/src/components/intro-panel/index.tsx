import { Text, View } from '@tarojs/components';
import './index.scss';

interface IntroPanelProps {
  /** A small line above the title, e.g. the cell's name. */
  overline?: string;
  title: string;
  text: string;
}

/** The green panel that opens a page: what it shows and what to do here. */
export function IntroPanel({ overline, title, text }: IntroPanelProps) {
  return (
    <View className="intro-panel">
      {overline ? <Text className="intro-panel__overline">{overline}</Text> : null}
      <Text className="intro-panel__title">{title}</Text>
      <Text className="intro-panel__text">{text}</Text>
    </View>
  );
}
