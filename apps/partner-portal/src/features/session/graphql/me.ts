import { graphql } from '../../../gql';

/** The caller; `partner` is null when nobody (or no partner) is signed in; `viewedBy` names an admin's read-only view. */
export const ME = graphql(`
  query Me {
    me {
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
