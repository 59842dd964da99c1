import { graphql } from '../../../gql';

/** Products in the partner's own (level-1) sales. */
export const MY_PRODUCTS_SOLD = graphql(`
  query MyProductsSold {
    myProductsSold {
      sku
      name
      quantity
      orders
    }
  }
`);
