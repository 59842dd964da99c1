import { graphql } from '../../../gql';

export const LEAD_REPORT = graphql(`
  query LeadReport(
    $from: String!
    $to: String!
    $programId: ID
    $search: String
    $status: PartnerStatus
    $sortBy: String
    $descending: Boolean
    $first: Int!
    $offset: Int!
    $withCsv: Boolean!
  ) {
    leadReport(
      from: $from
      to: $to
      programId: $programId
      search: $search
      status: $status
      sortBy: $sortBy
      descending: $descending
      first: $first
      offset: $offset
    ) {
      rows {
        leadId
        externalId
        occurredAt
        customerEmail
        weightBps
        partner {
          ...ReportPartnerFields
        }
      }
      pageInfo {
        ...ReportPageInfoFields
      }
      csv @include(if: $withCsv)
    }
  }
`);
