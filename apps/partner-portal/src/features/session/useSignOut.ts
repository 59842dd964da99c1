import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifyError } from '@partnerkit/ui';
import { SIGN_OUT } from './graphql/signOut';

/** Ends the session and forgets everything cached about the partner; `me` refetches to null. */
export function useSignOut() {
  const client = useApolloClient();
  const [signOut] = useMutation(SIGN_OUT);
  return async () => {
    try {
      await signOut();
      await client.resetStore();
    } catch (error) {
      notifyError(error);
    }
  };
}
