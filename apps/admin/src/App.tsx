import { Center, Loader } from '@mantine/core';
import { notifyError } from '@partnerkit/ui';
import { useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createAdminRouter } from './router';
import { SessionContext, type AdminSession } from './features/session/SessionContext';
import { SignInPage } from './features/session/SignInPage';
import { ForgotPasswordPage, ResetPasswordPage } from './features/session/PasswordResetPages';
import { useSession } from './features/session/useSession';
import { AcceptInvitePage } from './features/session/AcceptInvitePage';

/** Signed out: the sign-in card. Signed in as an admin: the console (at the address that was asked for). */
export function App() {
  const { admin, loading, signIn, signOut } = useSession();
  const [router] = useState(createAdminRouter);
  const userLabel = admin ? `${admin.name} (${admin.email})` : null;
  const adminId = admin?.id ?? null;
  const role = admin?.role ?? null;
  const session = useMemo<AdminSession | null>(
    () =>
      userLabel && adminId && role
        ? { userLabel, adminId, role, signOut: () => void signOut().catch(notifyError) }
        : null,
    [userLabel, adminId, role, signOut],
  );

  if (loading) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!session) {
    // The signed-out pages: "Forgot password?" and the emailed reset link.
    const path = window.location.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, '').length);
    if (path === '/forgot-password') return <ForgotPasswordPage />;
    const token = new URLSearchParams(window.location.search).get('token');
    if (path === '/reset-password' && token) return <ResetPasswordPage token={token} />;
    if (path === '/accept-invite' && token) return <AcceptInvitePage token={token} onSignIn={signIn} />;
    return <SignInPage onSignIn={signIn} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <RouterProvider router={router} />
    </SessionContext.Provider>
  );
}
