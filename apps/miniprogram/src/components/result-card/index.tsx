import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface ResultCardProps {
  tone: 'success' | 'refused' | 'waiting';
  /** One character in the circle: ✓, !, … */
  badge: string;
  title: string;
  /** The big figure: +2 积分, a reward's name. */
  highlight?: string | null;
  lines?: (string | null | undefined)[];
}

/** The answer to a scan, a fulfilment or a recorded drop, big enough to read at arm's length. */
export function ResultCard({
  tone,
  badge,
  title,
  highlight,
  lines = [],
  children,
}: PropsWithChildren<ResultCardProps>) {
  return (
    <View className={`result-card result-card--${tone}`}>
      <View className="result-card__badge">{badge}</View>
      <Text className="result-card__title">{title}</Text>
      {highlight ? <Text className="result-card__highlight">{highlight}</Text> : null}
      {lines
        .filter((line): line is string => Boolean(line))
        .map((line) => (
          <Text key={line} className="result-card__line">
            {line}
          </Text>
        ))}
      {children ? <View className="result-card__actions">{children}</View> : null}
    </View>
  );
}
