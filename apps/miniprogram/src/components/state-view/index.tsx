import { Button, Text, View } from '@tarojs/components';
import './index.scss';

interface StateViewProps {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  description?: string | null;
  actionText?: string;
  onAction?: () => void;
  /** Smaller, for inside a card or a list footer. */
  compact?: boolean;
}

/** Loading, empty and error states that always say what happens next. */
export function StateView({ kind, title, description, actionText, onAction, compact }: StateViewProps) {
  return (
    <View className={`state-view state-view--${kind}${compact ? ' state-view--compact' : ''}`}>
      {kind === 'loading' ? <View className="state-view__spinner" /> : null}
      {kind === 'empty' ? <View className="state-view__icon state-view__icon--empty">空</View> : null}
      {kind === 'error' ? <View className="state-view__icon state-view__icon--error">!</View> : null}
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
