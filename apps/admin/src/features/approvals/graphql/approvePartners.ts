import { graphql } from '../../../gql';

export const APPROVE_PARTNERS = graphql(`
  mutation ApprovePartners($ids: [ID!]!, $note: String) {
    approvePartners(ids: $ids, note: $note) {
      id
      status
      approvedAt
      reviewNote
    }
  }
`);
