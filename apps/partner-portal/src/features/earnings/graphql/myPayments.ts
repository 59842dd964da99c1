import { graphql } from '../../../gql';

/** The partner's payments (and voids) with method and reference, newest first. */
export const MY_PAYMENTS = graphql(`
  query MyPayments($first: Int!, $after: String) {
    myPayments(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        effectiveAt
        method
        reference
        reason
        voided
        amount {
          ...MoneyFields
        }
        cause {
          kind
        }
      }
    }
  }
`);
