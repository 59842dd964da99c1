import { graphql } from '../../../gql';

export const CREATE_PAYOUT_BATCH = graphql(`
  mutation CreatePayoutBatch($input: CreatePayoutBatchInput!) {
    createPayoutBatch(input: $input) {
      created
      batch {
        ...PayoutBatchFields
      }
      skipped {
        reason
        partner {
          id
          code
        }
      }
    }
  }
`);
