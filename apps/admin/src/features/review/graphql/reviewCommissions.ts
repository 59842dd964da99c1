import { graphql } from '../../../gql';

export const REVIEW_COMMISSIONS = graphql(`
  mutation ReviewCommissions($ids: [ID!]!, $decision: CommissionReviewDecision!, $note: String) {
    reviewCommissions(ids: $ids, decision: $decision, note: $note) {
      id
      status
      review
      reviewNote
      reviewedAt
    }
  }
`);
