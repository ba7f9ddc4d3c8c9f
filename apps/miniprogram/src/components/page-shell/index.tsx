import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useElderlyMode } from '../../stores/elderly-mode';

interface PageShellProps {
  className?: string;
}

/** Root of every page: applies 长辈模式 (larger text, higher contrast) through one class. */
export function PageShell({ className, children }: PropsWithChildren<PageShellProps>) {
  const elderly = useElderlyMode();
  const classes = ['page', elderly ? 'page--elderly' : '', className ?? ''].filter(Boolean).join(' ');
  return <View className={classes}>{children}</View>;
}
