import { graphql } from '../../../gql';

/** Everything the partner page shows and edits. */
export const PARTNER_DETAIL_FIELDS = graphql(`
  fragment PartnerDetailFields on Partner {
    id
    code
    name
    email
    status
    cookieWindowDays
    payoutMethod
    payoutDestination
    customFields
    notifyOnSale
    notifyOnPayment
    approvedAt
    createdAt
    updatedAt
    parent {
      id
      code
      name
    }
    programs {
      id
      name
      currency
    }
  }
`);
