import { createContext, useContext } from 'react';

export interface AdminSession {
  /** "Demo Admin (admin@partnerkit.test)". */
  userLabel: string;
  signOut: () => void;
}

export const SessionContext = createContext<AdminSession | null>(null);

/** The signed-in admin; only inside the console (after sign-in). */
export function useAdminSession(): AdminSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useAdminSession is used outside the signed-in console.');
  return session;
}
