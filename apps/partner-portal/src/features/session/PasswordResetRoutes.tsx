import { Navigate, useSearchParams } from 'react-router';
import { ForgotPasswordPage, ResetPasswordPage } from './PasswordResetPages';

export function ForgotPasswordRoute() {
  return (
    <>
      <title>Forgot password · Partner Portal</title>
      <ForgotPasswordPage />
    </>
  );
}

/** The emailed link; without a token there is nothing to reset: back to sign-in. */
export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const token = params.get('token');
  if (!token) return <Navigate to="/" replace />;
  return (
    <>
      <title>New password · Partner Portal</title>
      <ResetPasswordPage token={token} />
    </>
  );
}
