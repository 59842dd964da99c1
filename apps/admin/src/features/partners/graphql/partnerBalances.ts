import { graphql } from '../../../gql';

export const PARTNER_BALANCES = graphql(`
  query PartnerBalances($id: ID!) {
    partner(id: $id) {
      id
      balances {
        ...BalanceFields
      }
    }
  }
`);
