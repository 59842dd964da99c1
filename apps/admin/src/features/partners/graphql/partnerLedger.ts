import { graphql } from '../../../gql';

/** A partner's ledger, newest first, with the cause of each entry. */
export const PARTNER_LEDGER = graphql(`
  query PartnerLedger($partnerId: ID!, $first: Int!, $after: String) {
    ledgerEntries(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        kind
        effectiveAt
        method
        reference
        reason
        voided
        amount {
          ...MoneyFields
        }
        cause {
          kind
          commissionId
          refundId
          payoutBatchId
          voidedEntryId
          reason
          adminName
        }
      }
    }
  }
`);
