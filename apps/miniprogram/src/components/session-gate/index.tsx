import type { UserResponse } from '@zerowaste/shared';
import type { ReactNode } from 'react';
import { useRequireSession } from '../../hooks/use-require-session';
import { bootstrapSession } from '../../stores/session';
import { StateView } from '../state-view';

interface SessionGateProps {
  children: (user: UserResponse) => ReactNode;
}

/** Renders its children only for a signed-in user; otherwise the log-in progress or its failure. */
export function SessionGate({ children }: SessionGateProps) {
  const session = useRequireSession();
  if (session.status === 'error') {
    return (
      <StateView
        kind="error"
        title="登录失败"
        description={session.error}
        actionText="重新登录"
        onAction={() => void bootstrapSession()}
      />
    );
  }
  if (session.status === 'signedIn' && session.user) return <>{children(session.user)}</>;
  return <StateView kind="loading" title={session.status === 'signedOut' ? '正在前往登录…' : '正在登录…'} />;
}
