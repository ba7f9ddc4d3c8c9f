import { Button, Text, View } from '@tarojs/components';
import './index.scss';

interface StateViewProps {
  kind: 'loading' | 'empty' | 'error' | 'info';
  title: string;
  description?: string | null;
  actionText?: string;
  onAction?: () => void;
  /** One character in the circle instead of the kind's default. */
  icon?: string;
  /** Smaller, for inside a card or a list footer. */
  compact?: boolean;
}

/** Loading, empty and error states that always say what happens next. */
const DEFAULT_ICONS: Record<Exclude<StateViewProps['kind'], 'loading'>, string> = {
  empty: '空',
  error: '!',
  info: 'i',
};

export function StateView({ kind, title, description, actionText, onAction, icon, compact }: StateViewProps) {
  return (
    <View className={`state-view state-view--${kind}${compact ? ' state-view--compact' : ''}`}>
      {kind === 'loading' ? <View className="state-view__spinner" /> : null}
      {kind === 'loading' ? null : (
        <View className={`state-view__icon state-view__icon--${kind}`}>{icon ?? DEFAULT_ICONS[kind]}</View>
      )}
      <Text className="state-view__title">{title}</Text>
      {description ? <Text className="state-view__description">{description}</Text> : null}
      {actionText && onAction ? (
        <Button className="btn btn--primary state-view__action" onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
