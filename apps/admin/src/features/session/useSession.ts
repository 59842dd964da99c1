import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { ME } from './graphql/me';
import { SIGN_IN_ADMIN } from './graphql/signInAdmin';
import { SIGN_OUT } from './graphql/signOut';

/** Who is signed in (an admin, or nobody), with sign-in and sign-out. */
export function useSession() {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ME, { fetchPolicy: 'network-only' });
  const [signInMutation] = useMutation(SIGN_IN_ADMIN);
  const [signOutMutation] = useMutation(SIGN_OUT);

  const me = data?.me;
  const admin = me?.kind === 'ADMIN' ? (me.admin ?? null) : null;

  const signIn = useCallback(
    async (email: string, password: string) => {
      await signInMutation({ variables: { email, password } });
      // Forget anything cached while signed out; active queries (`me`) fetch again.
      await client.resetStore();
    },
    [client, signInMutation],
  );

  const signOut = useCallback(async () => {
    await signOutMutation();
    await client.clearStore();
    await refetch();
  }, [client, refetch, signOutMutation]);

  return { admin, loading: loading && !data, error, signIn, signOut };
}
