import { graphql } from '../../../gql';

export const COUPONS = graphql(`
  query Coupons($partnerId: ID!) {
    coupons(partnerId: $partnerId) {
      id
      code
      createdAt
    }
  }
`);
