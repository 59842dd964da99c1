import { graphql } from '../../../gql';

export const UPDATE_PROGRAM = graphql(`
  mutation UpdateProgram($id: ID!, $input: UpdateProgramInput!) {
    updateProgram(id: $id, input: $input) {
      ...ProgramFields
    }
  }
`);
