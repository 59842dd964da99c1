import { graphql } from '../../../gql';

export const PARTNERS = graphql(`
  query Partners($first: Int!, $after: String, $search: String, $status: PartnerStatus, $programId: ID) {
    partners(first: $first, after: $after, search: $search, status: $status, programId: $programId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PartnerListFields
      }
    }
  }
`);
