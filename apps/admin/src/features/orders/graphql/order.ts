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
          amountMinor
          currency
          formatted
        }
        discount {
          amountMinor
          currency
          formatted
        }
      }
      tax {
        amountMinor
        currency
        formatted
      }
      shipping {
        amountMinor
        currency
        formatted
      }
      discount {
        amountMinor
        currency
        formatted
      }
      paid {
        amountMinor
        currency
        formatted
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
        id
        kind
        level
        status
        createdAt
        partner {
          id
          code
        }
        amount {
          amountMinor
          currency
          formatted
        }
        reversed {
          amountMinor
          currency
          formatted
        }
        rule {
          layer
          recurringPhase
        }
      }
    }
  }
`);
