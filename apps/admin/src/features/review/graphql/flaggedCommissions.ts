import { graphql } from '../../../gql';

/** The review queue: FLAGGED commissions, oldest first. */
export const FLAGGED_COMMISSIONS = graphql(`
  query FlaggedCommissions($first: Int!, $after: String) {
    flaggedCommissions(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        level
        kind
        flagReason
        createdAt
        availableAt
        amount {
          ...MoneyFields
        }
        partner {
          id
          code
          name
          email
        }
        order {
          id
          externalId
          customer {
            email
          }
        }
      }
    }
  }
`);
