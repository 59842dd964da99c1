import { graphql } from '../../../gql';

export const UPSERT_PRODUCT = graphql(`
  mutation UpsertProduct($input: UpsertProductInput!) {
    upsertProduct(input: $input) {
      ...ProductFields
    }
  }
`);
