import { graphql } from '../../../gql';

export const PROGRAM = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      ...ProgramFields
    }
  }
`);
