import { useMutation } from '@apollo/client/react';
import { ROTATE_API_KEY } from './graphql/rotateApiKey';

/** A new secret for a key; the old one keeps working until `oldSecretValidUntil`. */
export function useRotateApiKey() {
  const [mutate, { loading }] = useMutation(ROTATE_API_KEY);
  async function rotateApiKey(id: string, oldSecretValidUntil: Date) {
    const result = await mutate({
      variables: { id, oldSecretValidUntil: oldSecretValidUntil.toISOString() },
    });
    return result.data!.rotateApiKey;
  }
  return { rotateApiKey, rotating: loading };
}
