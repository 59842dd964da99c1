import { graphql } from '../../../gql';

/** One batch with its payments. */
export const PAYOUT_BATCH = graphql(`
  query PayoutBatch($id: ID!) {
    payoutBatch(id: $id) {
      ...PayoutBatchFields
      payments {
        voided
        amount {
          ...MoneyFields
        }
        partner {
          id
          code
          name
          email
          payoutMethod
          payoutDestination
        }
        entry {
          id
          method
          reference
        }
      }
    }
  }
`);
