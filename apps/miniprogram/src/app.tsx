import Taro, { useDidShow, useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { flushDropQueue } from './stores/drop-queue';
import { bootstrapSession, sessionStore } from './stores/session';
import './app.scss';

/** Drops saved while offline go out once someone is signed in and the network is there. */
function resendSavedDrops(): void {
  if (sessionStore.get().status === 'signedIn') void flushDropQueue();
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void bootstrapSession().then(resendSavedDrops);
    Taro.onNetworkStatusChange((res) => {
      if (res.isConnected) resendSavedDrops();
    });
  });
  useDidShow(resendSavedDrops);
  return children;
}

export default App;
