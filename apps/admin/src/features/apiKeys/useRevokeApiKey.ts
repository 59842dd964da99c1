import { useMutation } from '@apollo/client/react';
import { REVOKE_API_KEY } from './graphql/revokeApiKey';

/** Revokes an API key at once; the cache marks it revoked. */
export function useRevokeApiKey() {
  const [mutate, { loading }] = useMutation(REVOKE_API_KEY);
  async function revokeApiKey(id: string) {
    await mutate({ variables: { id } });
  }
  return { revokeApiKey, revoking: loading };
}
