import { graphql } from '../../../gql';

/** Payout batches and single payments, newest first. */
export const PAYOUT_BATCHES = graphql(`
  query PayoutBatches($first: Int!, $after: String) {
    payoutBatches(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...PayoutBatchFields
      }
    }
  }
`);
