import { useQuery } from '@apollo/client/react';
import { type PortalPartnerFieldsFragment } from '../../gql/graphql';
import { ME } from './graphql/me';

export type PortalPartner = PortalPartnerFieldsFragment;

/** The signed-in partner, or null when nobody is signed in (an admin session does not count here). */
export function useCurrentPartner() {
  const { data, loading, error, refetch } = useQuery(ME);
  const partner: PortalPartner | null = data?.me?.kind === 'PARTNER' ? (data.me.partner ?? null) : null;
  return { partner, loading, error, refetch };
}
