import { graphql } from '../../../gql';

export const CREATE_PROGRAM = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      ...ProgramFields
    }
  }
`);
