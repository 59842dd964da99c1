import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { PARTNER_CODE_AVAILABILITY } from './graphql/partnerCodeAvailability';

/** Checks a chosen partner code while the visitor types (debounced). */
export function useCodeAvailability(code: string) {
  const [debounced] = useDebouncedValue(code.trim(), 350);
  const { data, loading } = useQuery(PARTNER_CODE_AVAILABILITY, {
    variables: { code: debounced },
    skip: debounced.length === 0,
    fetchPolicy: 'network-only',
  });
  const current = data?.partnerCodeAvailability;
  const fresh = current && debounced === code.trim() && current.code === debounced.toLowerCase();
  return { checking: loading || debounced !== code.trim(), result: fresh ? current : null };
}
