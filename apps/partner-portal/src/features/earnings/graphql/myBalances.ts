import { graphql } from '../../../gql';

export const MY_BALANCES = graphql(`
  query MyBalances {
    myBalances {
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
`);
