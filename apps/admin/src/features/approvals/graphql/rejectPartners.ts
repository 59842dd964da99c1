import { graphql } from '../../../gql';

export const REJECT_PARTNERS = graphql(`
  mutation RejectPartners($ids: [ID!]!, $note: String) {
    rejectPartners(ids: $ids, note: $note) {
      id
      status
      reviewNote
    }
  }
`);
