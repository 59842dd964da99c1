import { Anchor } from '@mantine/core';
import { SignInCard } from '@partnerkit/ui';
import { useSignIn } from './useSignIn';
import { useDemoData } from './useServerInfo';

export const DEMO_PARTNER_HINT = 'Demo partner: alice@partnerkit.test (or code alice) / demo-partner-pass';

/** The portal's sign-in; the demo partner is shown only when the server runs on the demo data. */
export function SignInPage() {
  const signIn = useSignIn();
  const demo = useDemoData();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <>
      <title>Sign in · Partner Portal</title>
      <SignInCard
        title="Partner Portal"
        loginLabel="Email or partner code"
        onSubmit={signIn}
        hint={demo ? DEMO_PARTNER_HINT : null}
        footer={
          <Anchor href={`${base}/forgot-password`} size="sm">
            Forgot password?
          </Anchor>
        }
      />
    </>
  );
}
