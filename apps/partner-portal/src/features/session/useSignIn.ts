import { useMutation } from '@apollo/client/react';
import { problemOf } from '@partnerkit/ui';
import { ME } from './graphql/me';
import { SIGN_IN_PARTNER } from './graphql/signInPartner';

/** Signs a partner in (email or partner code) and puts them in the cache, which shows the portal. */
export function useSignIn() {
  const [signIn] = useMutation(SIGN_IN_PARTNER, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME, data: { me: { ...data.signInPartner, viewedBy: null } } });
    },
  });
  return async (login: string, password: string) => {
    try {
      await signIn({ variables: { login: login.trim(), password } });
    } catch (error) {
      // SignInCard shows the message of what we throw: keep it to the API's human message.
      throw new Error(problemOf(error).message);
    }
  };
}
