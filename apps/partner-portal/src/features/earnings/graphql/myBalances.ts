import { graphql } from '../../../gql';

export const MY_BALANCES = graphql(`
  query MyBalances {
    myBalances {
      ...BalanceFields
    }
  }
`);
