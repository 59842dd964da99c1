import { graphql } from '../../../gql';

export const PARTNERS = graphql(`
  query Partners(
    $first: Int!
    $after: String
    $search: String
    $status: PartnerStatus
    $programId: ID
    $customField: CustomFieldFilterInput
  ) {
    partners(
      first: $first
      after: $after
      search: $search
      status: $status
      programId: $programId
      customField: $customField
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...PartnerListFields
      }
    }
  }
`);
