import { graphql } from '../../../gql';

export const PARTNER_UPDATED = graphql(`
  subscription PartnerUpdated {
    partnerUpdated {
      ...PartnerDetailFields
    }
  }
`);
