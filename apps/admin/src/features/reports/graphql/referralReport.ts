import { graphql } from '../../../gql';

export const REFERRAL_REPORT = graphql(`
  query ReferralReport(
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
    referralReport(
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
        customerId
        externalId
        email
        name
        via
        since
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
