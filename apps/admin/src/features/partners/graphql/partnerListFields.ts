import { graphql } from '../../../gql';

/** What a row of the partners table shows. */
export const PARTNER_LIST_FIELDS = graphql(`
  fragment PartnerListFields on Partner {
    id
    code
    name
    email
    status
    createdAt
    customFields
    programs {
      id
      name
    }
  }
`);
