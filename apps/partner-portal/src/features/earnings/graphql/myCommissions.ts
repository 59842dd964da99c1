import { graphql } from '../../../gql';

export const MY_COMMISSIONS = graphql(`
  query MyCommissions($first: Int!, $after: String) {
    myCommissions(first: $first, after: $after) {
      ...CommissionPageFields
    }
  }
`);
