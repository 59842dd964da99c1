import { graphql } from '../../../gql';

/** A one-time token for the portal's read-only view of a partner (`<portal>/view#token=…`). */
export const START_PARTNER_VIEW = graphql(`
  mutation StartPartnerView($partnerId: ID!) {
    startPartnerView(partnerId: $partnerId) {
      viewId
      token
      endsAt
    }
  }
`);
