import { graphql } from '../../../gql';

/** Exchanges the one-time token of a "View as partner" link for a read-only partner session. */
export const BEGIN_PARTNER_VIEW = graphql(`
  mutation BeginPartnerView($token: String!) {
    beginPartnerView(token: $token) {
      kind
      partner {
        ...PortalPartnerFields
      }
      viewedBy {
        name
        email
      }
    }
  }
`);
