import { graphql } from '../../../gql';

export const CREATE_COUPON = graphql(`
  mutation CreateCoupon($partnerId: ID!, $code: String!) {
    createCoupon(partnerId: $partnerId, code: $code) {
      id
      code
      createdAt
    }
  }
`);
