import { useMutation } from '@apollo/client/react';
import type { UpdatePartnerInput } from '../../gql/graphql';
import { UPDATE_PARTNER } from './graphql/updatePartner';

/** Saves changes to a partner; the cache updates every view of it. */
export function useUpdatePartner() {
  const [mutate, { loading }] = useMutation(UPDATE_PARTNER);
  async function updatePartner(id: string, input: UpdatePartnerInput) {
    const { data } = await mutate({ variables: { id, input } });
    if (!data) throw new Error('The partner was not saved.');
    return data.updatePartner;
  }
  return { updatePartner, saving: loading };
}
