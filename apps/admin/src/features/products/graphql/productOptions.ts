import { graphql } from '../../../gql';

/** Products to pick from in commission rules. */
export const PRODUCT_OPTIONS = graphql(`
  query ProductOptions {
    products(first: 200, includeArchived: true) {
      nodes {
        id
        sku
        name
        subscription
        archivedAt
      }
    }
  }
`);
