import { useQuery } from '@apollo/client/react';
import { type MeQuery, type PortalPartnerFieldsFragment } from '../../gql/graphql';
import { ME } from './graphql/me';

export type PortalPartner = PortalPartnerFieldsFragment;
/** The admin of a read-only "View as partner". */
export type PortalViewer = NonNullable<NonNullable<MeQuery['me']>['viewedBy']>;

/** The signed-in partner, or null when nobody is signed in (an admin session does not count here). */
export function useCurrentPartner() {
  const { data, loading, error, refetch } = useQuery(ME);
  const partner: PortalPartner | null = data?.me?.kind === 'PARTNER' ? (data.me.partner ?? null) : null;
  /** The admin viewing the portal as this partner, read only ("View as partner"), or null. */
  const viewedBy: PortalViewer | null = partner ? (data?.me?.viewedBy ?? null) : null;
  return { partner, viewedBy, loading, error, refetch };
}
