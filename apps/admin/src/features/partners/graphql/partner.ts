import { graphql } from '../../../gql';

export const PARTNER = graphql(`
  query Partner($id: ID!) {
    partner(id: $id) {
      ...PartnerDetailFields
    }
  }
`);
