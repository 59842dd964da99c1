import { graphql } from '../../../gql';

export const ORDER_LIST_FIELDS = graphql(`
  fragment OrderListFields on Order {
    id
    externalId
    orderedAt
    attributionMethod
    couponCode
    total {
      ...MoneyFields
    }
    refunded {
      ...MoneyFields
    }
    credits {
      weightBps
      flagged
      partner {
        id
        code
      }
    }
  }
`);
