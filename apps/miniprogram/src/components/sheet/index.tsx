import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface SheetProps {
  title: string;
  /** A line under the title: what the form is about. */
  subtitle?: string;
  /** Tapping outside closes the sheet, unless a write is in flight. */
  busy?: boolean;
  onClose: () => void;
}

/** A bottom sheet over a dimmed page, for a short form or a confirmation. */
export function Sheet({ title, subtitle, busy, onClose, children }: PropsWithChildren<SheetProps>) {
  return (
    <View className="sheet" onClick={busy ? undefined : onClose}>
      <View className="sheet__panel" onClick={(event) => event.stopPropagation()}>
        <View className="sheet__head">
          <Text className="sheet__title">{title}</Text>
          <Text className="sheet__close" onClick={busy ? undefined : onClose}>
            ×
          </Text>
        </View>
        {subtitle ? <Text className="sheet__subtitle">{subtitle}</Text> : null}
        <View className="sheet__body">{children}</View>
      </View>
    </View>
  );
}
