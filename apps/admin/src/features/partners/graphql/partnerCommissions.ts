import { graphql } from '../../../gql';

export const PARTNER_COMMISSIONS = graphql(`
  query PartnerCommissions($partnerId: ID!, $first: Int!, $after: String) {
    commissions(partnerId: $partnerId, first: $first, after: $after) {
      ...CommissionPageFields
    }
  }
`);
