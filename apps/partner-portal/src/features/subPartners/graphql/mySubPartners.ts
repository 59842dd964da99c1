import { graphql } from '../../../gql';

export const MY_SUB_PARTNERS = graphql(`
  query MySubPartners {
    mySubPartners {
      id
      code
      status
      joinedAt
      sales
      overrideEarnings {
        ...MoneyFields
      }
    }
  }
`);
