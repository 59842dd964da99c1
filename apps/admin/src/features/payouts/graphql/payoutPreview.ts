import { graphql } from '../../../gql';

/** Who can be paid per partner and currency, and why not. */
export const PAYOUT_PREVIEW = graphql(`
  query PayoutPreview($currency: String, $programId: ID) {
    payoutPreview(currency: $currency, programId: $programId) {
      partner {
        id
        code
        name
        payoutMethod
        payoutDestination
      }
      currency
      payable {
        ...MoneyFields
      }
      pending {
        ...MoneyFields
      }
      flagged {
        ...MoneyFields
      }
      minimumPayout {
        ...MoneyFields
      }
      readiness
    }
  }
`);
