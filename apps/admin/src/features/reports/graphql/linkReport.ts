import { graphql } from '../../../gql';

export const LINK_REPORT = graphql(`
  query LinkReport(
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
    linkReport(
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
        linkKey
        name
        slug
        clicks
        uniqueClicks
        botClicks
        partners
      }
      pageInfo {
        ...ReportPageInfoFields
      }
      csv @include(if: $withCsv)
    }
  }
`);
