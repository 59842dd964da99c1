import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PROGRAM_OPTIONS } from './graphql/programOptions';

/** Programs as `{ value, label }` options for selects. */
export function useProgramOptions() {
  const { data, loading, error } = useQuery(PROGRAM_OPTIONS);
  const options = useMemo(
    () => (data?.programs.nodes ?? []).map((program) => ({ value: program.id, label: program.name })),
    [data],
  );
  return { options, loading, error };
}
