import { useMutation } from '@apollo/client/react';
import type { CreateProgramInput } from '../../gql/graphql';
import { CREATE_PROGRAM } from './graphql/createProgram';

/** Creates a program; program pickers fetch again afterwards. */
export function useCreateProgram() {
  const [mutate, { loading }] = useMutation(CREATE_PROGRAM, { refetchQueries: ['ProgramOptions'] });
  async function createProgram(input: CreateProgramInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The program was not created.');
    return data.createProgram;
  }
  return { createProgram, creating: loading };
}
