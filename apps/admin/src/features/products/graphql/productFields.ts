import { graphql } from '../../../gql';

export const PRODUCT_FIELDS = graphql(`
  fragment ProductFields on Product {
    id
    sku
    name
    currency
    subscription
    archivedAt
    price {
      ...MoneyFields
    }
  }
`);
