import { graphql } from '../../../gql';

export const PROGRAMS = graphql(`
  query Programs($first: Int!, $after: String, $search: String) {
    programs(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ProgramFields
      }
    }
  }
`);
