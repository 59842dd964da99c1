import { useMutation } from '@apollo/client/react';
import { problemOf } from '@partnerkit/ui';
import { REQUEST_PARTNER_PASSWORD_RESET } from './graphql/requestPartnerPasswordReset';
import { RESET_PASSWORD } from './graphql/resetPassword';

/** Asking for a reset link, and setting the new password with the link's token. */
export function usePasswordReset() {
  const [request] = useMutation(REQUEST_PARTNER_PASSWORD_RESET);
  const [reset] = useMutation(RESET_PASSWORD);
  return {
    async requestLink(login: string) {
      try {
        await request({ variables: { login } });
      } catch (error) {
        throw new Error(problemOf(error).message);
      }
    },
    async setPassword(token: string, newPassword: string) {
      try {
        await reset({ variables: { token, newPassword } });
      } catch (error) {
        throw new Error(problemOf(error).message);
      }
    },
  };
}
