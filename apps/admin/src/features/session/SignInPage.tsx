import { SignInCard } from '@partnerkit/ui';

export const DEMO_ADMIN_HINT = 'Demo account: admin@partnerkit.test / demo-admin-pass';

export function SignInPage({ onSignIn }: { onSignIn: (email: string, password: string) => Promise<void> }) {
  return (
    <SignInCard title="Partnerkit Admin" loginLabel="Email" onSubmit={onSignIn} hint={DEMO_ADMIN_HINT} />
  );
}
