import { useMutation } from '@apollo/client/react';
import type { CreatePartnerInput } from '../../gql/graphql';
import { CREATE_PARTNER } from './graphql/createPartner';

/** Creates a partner (partner lists fetch again whenever they are shown). */
export function useCreatePartner() {
  const [mutate, { loading }] = useMutation(CREATE_PARTNER);
  async function createPartner(input: CreatePartnerInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The partner was not created.');
    return data.createPartner;
  }
  return { createPartner, creating: loading };
}
