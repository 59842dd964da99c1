import { createContext, useContext } from 'react';
import type { AdminRole } from '../../gql/graphql';

export interface AdminSession {
  /** "Demo Admin (admin@partnerkit.test)". */
  userLabel: string;
  adminId: string;
  role: AdminRole;
  signOut: () => void;
}

export const SessionContext = createContext<AdminSession | null>(null);

/** The signed-in admin; only inside the console (after sign-in). */
export function useAdminSession(): AdminSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useAdminSession is used outside the signed-in console.');
  return session;
}

/**
 * What the signed-in admin's role lets the console offer (the API refuses the rest anyway, see README
 * "Admin roles"): viewers write nothing; only owners manage the team, API keys, webhooks and settings.
 * Outside a session (component tests) everything is offered.
 */
export function useAdminCan(): { write: boolean; own: boolean; adminId: string | null } {
  const session = useContext(SessionContext);
  const role = session?.role ?? 'OWNER';
  return { write: role !== 'VIEWER', own: role === 'OWNER', adminId: session?.adminId ?? null };
}
