import { useMutation } from '@apollo/client/react';
import { type UpdateMyProfileInput } from '../../gql/graphql';
import { UPDATE_MY_PROFILE } from './graphql/updateMyProfile';

/** Saves the partner's own profile; the answer (a Partner with its id) refreshes the cache. */
export function useUpdateMyProfile() {
  const [mutate, { loading }] = useMutation(UPDATE_MY_PROFILE);
  const updateMyProfile = async (input: UpdateMyProfileInput) => {
    const result = await mutate({ variables: { input } });
    return result.data?.updateMyProfile ?? null;
  };
  return { updateMyProfile, saving: loading };
}
