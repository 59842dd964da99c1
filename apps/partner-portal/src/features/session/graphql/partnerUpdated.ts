import { graphql } from '../../../gql';

/** The server only sends the signed-in partner's own changes (e.g. an admin approves or edits them). */
export const PARTNER_UPDATED = graphql(`
  subscription PartnerUpdated {
    partnerUpdated {
      ...PortalPartnerFields
    }
  }
`);
