import { useQuery } from '@apollo/client/react';
import { PARTNER_BALANCES } from './graphql/partnerBalances';

/** A partner's balances per currency. */
export function usePartnerBalances(partnerId: string) {
  const { data, loading, error } = useQuery(PARTNER_BALANCES, {
    variables: { id: partnerId },
    fetchPolicy: 'cache-and-network',
  });
  return { balances: data?.partner.balances ?? null, loading, error };
}
