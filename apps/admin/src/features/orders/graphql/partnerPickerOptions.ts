import { graphql } from '../../../gql';

export const PARTNER_PICKER_OPTIONS = graphql(`
  query PartnerPickerOptions($search: String) {
    partners(first: 20, search: $search) {
      nodes {
        id
        code
        name
      }
    }
  }
`);
