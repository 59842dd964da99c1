import { graphql } from '../../../gql';

export const CREATE_PARTNER = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnerDetailFields
    }
  }
`);
