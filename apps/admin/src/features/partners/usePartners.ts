import { useConnectionQuery } from '@partnerkit/ui';
import type { PartnerStatus } from '../../gql/graphql';
import { PARTNERS } from './graphql/partners';

export interface PartnerFilter {
  search?: string;
  status?: PartnerStatus | null;
  programId?: string | null;
  customFieldKey?: string;
  customFieldValue?: string;
}

export const PARTNERS_PAGE_SIZE = 50;

/** One cursor-paginated list of partners; `loadMore` appends the next page. */
export function usePartners({ search, status, programId, customFieldKey, customFieldValue }: PartnerFilter) {
  const key = customFieldKey?.trim() ?? '';
  const { nodes, ...list } = useConnectionQuery(PARTNERS, 'partners', {
    first: PARTNERS_PAGE_SIZE,
    search: search?.trim() || null,
    status: status ?? null,
    programId: programId ?? null,
    customField: key && customFieldValue?.trim() ? { key, value: customFieldValue.trim() } : null,
  });
  return { partners: nodes, ...list };
}
