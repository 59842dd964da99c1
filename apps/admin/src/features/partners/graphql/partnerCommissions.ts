import { graphql } from '../../../gql';

export const PARTNER_COMMISSIONS = graphql(`
  query PartnerCommissions($partnerId: ID!, $first: Int!, $after: String) {
    commissions(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        createdAt
        availableAt
        kind
        level
        status
        amount {
          amountMinor
          currency
          formatted
        }
        reversed {
          amountMinor
          currency
          formatted
        }
        rule {
          layer
        }
      }
    }
  }
`);
