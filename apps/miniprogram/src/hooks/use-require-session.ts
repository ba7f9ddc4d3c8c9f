import { useEffect } from 'react';
import { goToLogin, type SessionState, useSession } from '../stores/session';

/** For pages that need a signed-in user: sends a signed-out visitor to the log-in page. */
export function useRequireSession(): SessionState {
  const session = useSession();
  useEffect(() => {
    if (session.status === 'signedOut') goToLogin();
  }, [session.status]);
  return session;
}
