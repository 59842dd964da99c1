import { graphql } from '../../../gql';

export const PAYOUT_BATCH_FIELDS = graphql(`
  fragment PayoutBatchFields on PayoutBatch {
    id
    kind
    currency
    method
    reference
    paidAt
    paymentCount
    adminName
    total {
      ...MoneyFields
    }
  }
`);
