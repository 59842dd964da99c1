import { useQuery } from '@apollo/client/react';
import { PROGRAM } from './graphql/program';

export function useProgram(id: string) {
  const { data, loading, error } = useQuery(PROGRAM, { variables: { id } });
  return { program: data?.program ?? null, loading, error };
}
