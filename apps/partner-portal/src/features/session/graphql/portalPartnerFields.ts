import { graphql } from '../../../gql';

/** Everything the portal shows of the signed-in partner; shared by `me`, sign-in, profile edits and live updates. */
export const PORTAL_PARTNER_FIELDS = graphql(`
  fragment PortalPartnerFields on Partner {
    id
    code
    name
    email
    status
    cookieWindowDays
    payoutMethod
    payoutDestination
    notifyOnSale
    notifyOnPayment
    createdAt
    approvedAt
    programs {
      id
      name
      notes
      currency
      cookieWindowDays
      holdDays
      minimumPayout {
        formatted
      }
    }
  }
`);
