import { graphql } from '../../../gql';

export const OUTBOUND_EMAILS = graphql(`
  query OutboundEmails($first: Int!, $status: OutboundEmailStatus, $search: String) {
    outboundEmails(first: $first, status: $status, search: $search) {
      totalCount
      nodes {
        id
        kind
        to
        subject
        body
        status
        attempts
        lastError
        createdAt
        sentAt
      }
    }
  }
`);
