import { graphql } from '../../../gql';

export const RECORD_PARTNER_PAYMENT = graphql(`
  mutation RecordPartnerPayment($input: RecordPartnerPaymentInput!) {
    recordPartnerPayment(input: $input) {
      id
      paymentCount
      total {
        ...MoneyFields
      }
    }
  }
`);
