import { graphql } from '../../../gql';

/** The download files of a batch (fetched when a download button is pressed). */
export const PAYOUT_BATCH_FILES = graphql(`
  query PayoutBatchFiles($id: ID!) {
    payoutBatch(id: $id) {
      id
      paymentsCsv {
        name
        rowCount
        content
      }
      paypalFiles {
        name
        rowCount
        content
      }
    }
  }
`);
