import { useMutation } from '@apollo/client/react';
import type { CreateApiKeyInput } from '../../gql/graphql';
import { CREATE_API_KEY } from './graphql/createApiKey';

/** Creates an API key; the answer holds its secret, the only time it is ever shown. */
export function useCreateApiKey() {
  const [mutate, { loading }] = useMutation(CREATE_API_KEY, { refetchQueries: ['ApiKeys'] });
  async function createApiKey(input: CreateApiKeyInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The API key was not created.');
    return data.createApiKey;
  }
  return { createApiKey, creating: loading };
}
