import { graphql } from '../../../gql';

export const LEDGER_REPORT = graphql(`
  query LedgerReport(
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
    ledgerReport(
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
      period {
        timeZone
      }
      rows {
        partner {
          ...ReportPartnerFields
        }
        currency
        beginning {
          ...MoneyFields
        }
        commissions {
          ...MoneyFields
        }
        clawbacks {
          ...MoneyFields
        }
        payments {
          ...MoneyFields
        }
        adjustments {
          ...MoneyFields
        }
        ending {
          ...MoneyFields
        }
      }
      totals {
        currency
        partners
        beginning {
          ...MoneyFields
        }
        commissions {
          ...MoneyFields
        }
        clawbacks {
          ...MoneyFields
        }
        payments {
          ...MoneyFields
        }
        adjustments {
          ...MoneyFields
        }
        ending {
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
