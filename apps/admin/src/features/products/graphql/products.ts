import { graphql } from '../../../gql';

export const PRODUCTS = graphql(`
  query Products($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {
    products(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ProductFields
      }
    }
  }
`);
