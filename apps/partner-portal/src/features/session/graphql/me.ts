import { graphql } from '../../../gql';

/** The caller; `partner` is null when nobody (or no partner) is signed in. */
export const ME = graphql(`
  query Me {
    me {
      kind
      partner {
        ...PortalPartnerFields
      }
    }
  }
`);
