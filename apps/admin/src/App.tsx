import { Center, Loader } from '@mantine/core';
import { notifyError } from '@partnerkit/ui';
import { useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createAdminRouter } from './router';
import { SessionContext, type AdminSession } from './features/session/SessionContext';
import { SignInPage } from './features/session/SignInPage';
import { useSession } from './features/session/useSession';

/** Signed out: the sign-in card. Signed in as an admin: the console (at the address that was asked for). */
export function App() {
  const { admin, loading, signIn, signOut } = useSession();
  const [router] = useState(createAdminRouter);
  const userLabel = admin ? `${admin.name} (${admin.email})` : null;
  const session = useMemo<AdminSession | null>(
    () => (userLabel ? { userLabel, signOut: () => void signOut().catch(notifyError) } : null),
    [userLabel, signOut],
  );

  if (loading) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!session) return <SignInPage onSignIn={signIn} />;
  return (
    <SessionContext.Provider value={session}>
      <RouterProvider router={router} />
    </SessionContext.Provider>
  );
}
