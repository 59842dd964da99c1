import { graphql } from '../../../gql';

/** Ledger entries with their causes: a ledger row's drill-down, commissions and clawbacks, payments. */
export const LEDGER_ENTRIES_REPORT = graphql(`
  query LedgerEntriesReport(
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
    $partnerId: ID
    $currency: String
    $kinds: [String!]
  ) {
    ledgerEntriesReport(
      from: $from
      to: $to
      programId: $programId
      search: $search
      status: $status
      sortBy: $sortBy
      descending: $descending
      first: $first
      offset: $offset
      partnerId: $partnerId
      currency: $currency
      kinds: $kinds
    ) {
      period {
        timeZone
      }
      rows {
        id
        kind
        effectiveAt
        amount {
          ...MoneyFields
        }
        partner {
          ...ReportPartnerFields
        }
        cause {
          kind
          level
          orderId
          orderExternalId
          leadExternalId
          customerEmail
          refundExternalId
          payoutBatchId
          method
          reference
          reason
          adminEmail
        }
      }
      totals {
        ...MoneyFields
      }
      pageInfo {
        ...ReportPageInfoFields
      }
      csv @include(if: $withCsv)
    }
  }
`);
