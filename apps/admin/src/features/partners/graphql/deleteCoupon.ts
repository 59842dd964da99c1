import { graphql } from '../../../gql';

export const DELETE_COUPON = graphql(`
  mutation DeleteCoupon($code: String!) {
    deleteCoupon(code: $code)
  }
`);
