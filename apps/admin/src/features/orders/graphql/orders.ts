import { graphql } from '../../../gql';

export const ORDERS = graphql(`
  query Orders($first: Int!, $after: String, $partnerId: ID, $externalId: String) {
    orders(first: $first, after: $after, partnerId: $partnerId, externalId: $externalId) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...OrderListFields
      }
    }
  }
`);
