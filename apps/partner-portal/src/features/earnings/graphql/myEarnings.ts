import { graphql } from '../../../gql';

/** The partner's earnings per currency: the split, the minimum payout and whether it can be paid out. */
export const MY_EARNINGS = graphql(`
  query MyEarnings {
    myEarnings {
      currency
      total {
        ...MoneyFields
      }
      payable {
        ...MoneyFields
      }
      pending {
        ...MoneyFields
      }
      flagged {
        ...MoneyFields
      }
      paid {
        ...MoneyFields
      }
      minimumPayout {
        ...MoneyFields
      }
      readiness
      canBePaidOut
      nextPayableAt
      nextPayable {
        ...MoneyFields
      }
    }
  }
`);
