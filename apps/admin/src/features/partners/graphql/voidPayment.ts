import { graphql } from '../../../gql';

export const VOID_PAYMENT = graphql(`
  mutation VoidPayment($input: VoidPaymentInput!) {
    voidPayment(input: $input) {
      id
      amount {
        ...MoneyFields
      }
    }
  }
`);
