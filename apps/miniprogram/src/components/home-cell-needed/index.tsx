import Taro from '@tarojs/taro';
import { ROUTES } from '../../routes';
import { StateView } from '../state-view';

/** For a service arranged by home cell, shown to a user who has none yet: why it is needed, and a way to set it. */
export function HomeCellNeeded({ description }: { description: string }) {
  return (
    <StateView
      kind="info"
      icon="家"
      title="先设置我的无废细胞"
      description={description}
      actionText="去设置"
      onAction={() => void Taro.navigateTo({ url: ROUTES.homeCell })}
    />
  );
}
