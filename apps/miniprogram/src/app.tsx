import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { bootstrapSession } from './stores/session';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void bootstrapSession();
  });
  return children;
}

export default App;
