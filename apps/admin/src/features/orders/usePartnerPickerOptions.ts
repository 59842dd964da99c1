import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { PARTNER_PICKER_OPTIONS } from './graphql/partnerPickerOptions';

/** Up to 20 partners matching a search (code, name or email), for a picker. */
export function usePartnerPickerOptions(search: string) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading } = useQuery(PARTNER_PICKER_OPTIONS, {
    variables: { search: debounced || null },
    fetchPolicy: 'cache-and-network',
  });
  return { partners: (data ?? previousData)?.partners.nodes ?? [], loading };
}
