import { SignInCard } from '@partnerkit/ui';
import { useSignIn } from './useSignIn';

export function SignInPage() {
  const signIn = useSignIn();
  return (
    <>
      <title>Sign in · Partner Portal</title>
      <SignInCard
        title="Partner Portal"
        loginLabel="Email or partner code"
        onSubmit={signIn}
        hint="Demo partner: alice@partnerkit.test (or code alice) / demo-partner-pass"
      />
    </>
  );
}
