import { graphql } from '../../../gql';

export const UPDATE_PARTNER = graphql(`
  mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {
    updatePartner(id: $id, input: $input) {
      ...PartnerDetailFields
    }
  }
`);
