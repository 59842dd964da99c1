import { graphql } from '../../../gql';

/** Applications awaiting approval, newest first. */
export const PENDING_PARTNERS = graphql(`
  query PendingPartners($first: Int!, $after: String, $programId: ID) {
    partners(first: $first, after: $after, status: PENDING, programId: $programId) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...PartnerListFields
        customFields
        parent {
          id
          code
        }
      }
    }
  }
`);
