import { graphql } from '../../../gql';

export const MY_LEDGER_ENTRIES = graphql(`
  query MyLedgerEntries($first: Int!, $after: String) {
    myLedgerEntries(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        effectiveAt
        kind
        reason
        reference
        method
        amount {
          ...MoneyFields
        }
      }
    }
  }
`);
