import { Anchor } from '@mantine/core';
import { SignInCard } from '@partnerkit/ui';
import { useDemoData } from './useServerInfo';

export const DEMO_ADMIN_HINT = 'Demo account: admin@partnerkit.test / demo-admin-pass';

/** The console's sign-in; the demo account is shown only when the server runs on the demo data. */
export function SignInPage({ onSignIn }: { onSignIn: (email: string, password: string) => Promise<void> }) {
  const demo = useDemoData();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <SignInCard
      title="Partnerkit Admin"
      loginLabel="Email"
      onSubmit={onSignIn}
      hint={demo ? DEMO_ADMIN_HINT : null}
      footer={
        <Anchor href={`${base}/forgot-password`} size="sm">
          Forgot password?
        </Anchor>
      }
    />
  );
}
