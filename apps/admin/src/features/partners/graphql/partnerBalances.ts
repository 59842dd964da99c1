import { graphql } from '../../../gql';

export const PARTNER_BALANCES = graphql(`
  query PartnerBalances($id: ID!) {
    partner(id: $id) {
      id
      balances {
        currency
        total {
          amountMinor
          currency
          formatted
        }
        payable {
          amountMinor
          currency
          formatted
        }
        pending {
          amountMinor
          currency
          formatted
        }
        flagged {
          amountMinor
          currency
          formatted
        }
      }
    }
  }
`);
