import { graphql } from '../../../gql';

export const ACTIVITY_REPORT = graphql(`
  query ActivityReport(
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
    activityReport(
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
        partner {
          ...ReportPartnerFields
        }
        clicks
        uniqueClicks
        leads
        sales
        revenue {
          ...MoneyFields
        }
        commissions {
          ...MoneyFields
        }
      }
      pageInfo {
        ...ReportPageInfoFields
      }
      csv @include(if: $withCsv)
    }
  }
`);
