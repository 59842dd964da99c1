import { graphql } from '../../../gql';

export const PARTNER_CODE_AVAILABILITY = graphql(`
  query PartnerCodeAvailability($code: String!) {
    partnerCodeAvailability(code: $code) {
      code
      available
      reason
      message
    }
  }
`);
