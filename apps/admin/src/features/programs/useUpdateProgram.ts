import { useMutation } from '@apollo/client/react';
import type { UpdateProgramInput } from '../../gql/graphql';
import { UPDATE_PROGRAM } from './graphql/updateProgram';

/** Saves a program; the cache updates every view of it, program pickers fetch again. */
export function useUpdateProgram() {
  const [mutate, { loading }] = useMutation(UPDATE_PROGRAM, { refetchQueries: ['ProgramOptions'] });
  async function updateProgram(id: string, input: UpdateProgramInput) {
    const { data } = await mutate({ variables: { id, input } });
    if (!data) throw new Error('The program was not saved.');
    return data.updateProgram;
  }
  return { updateProgram, saving: loading };
}
