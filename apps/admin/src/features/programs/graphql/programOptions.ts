import { graphql } from '../../../gql';

/** Programs to pick from (filters and the partner form). */
export const PROGRAM_OPTIONS = graphql(`
  query ProgramOptions {
    programs(first: 200) {
      nodes {
        id
        name
        currency
      }
    }
  }
`);
