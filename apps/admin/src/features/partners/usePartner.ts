import { useQuery } from '@apollo/client/react';
import { PARTNER } from './graphql/partner';
import { usePartnerUpdates } from './usePartnerUpdates';

/** One partner by id, kept live by the `partnerUpdated` subscription. */
export function usePartner(id: string) {
  const { data, loading, error } = useQuery(PARTNER, { variables: { id } });
  usePartnerUpdates();
  return { partner: data?.partner ?? null, loading, error };
}
