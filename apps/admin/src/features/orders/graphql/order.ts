import { graphql } from '../../../gql';

export const ORDER = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderListFields
      currency
      paymentNumber
      visitorId
      items {
        sku
        name
        quantity
        unitPrice {
          ...MoneyFields
        }
        discount {
          ...MoneyFields
        }
      }
      tax {
        ...MoneyFields
      }
      shipping {
        ...MoneyFields
      }
      discount {
        ...MoneyFields
      }
      paid {
        ...MoneyFields
      }
      customer {
        ...OrderCustomerFields
      }
      credits {
        weightBps
        flagged
        partner {
          id
          code
          name
        }
      }
      commissions {
        ...CommissionFields
        partner {
          id
          code
        }
        rule {
          layer
          recurringPhase
        }
      }
    }
  }
`);
