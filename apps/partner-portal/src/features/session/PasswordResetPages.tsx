import { ForgotPasswordCard, ResetPasswordCard } from '@partnerkit/ui';
import { usePasswordReset } from './usePasswordReset';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/forgot-password`: asks for a reset link by email. */
export function ForgotPasswordPage() {
  const { requestLink } = usePasswordReset();
  return (
    <ForgotPasswordCard
      title="Reset your password"
      loginLabel="Email or partner code"
      onSubmit={requestLink}
      signInHref={`${base}/`}
    />
  );
}

/** `/reset-password?token=…`: the page of the emailed link. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { setPassword } = usePasswordReset();
  return (
    <ResetPasswordCard
      title="Choose a new password"
      onSubmit={(password) => setPassword(token, password)}
      signInHref={`${base}/`}
      forgotHref={`${base}/forgot-password`}
    />
  );
}
