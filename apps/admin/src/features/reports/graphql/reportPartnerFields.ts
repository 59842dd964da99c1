import { graphql } from '../../../gql';

export const REPORT_PARTNER_FIELDS = graphql(`
  fragment ReportPartnerFields on ReportPartner {
    id
    code
    name
  }
`);
