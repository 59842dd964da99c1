import { graphql } from '../../../gql';

export const REVOKE_ADMIN_INVITE = graphql(`
  mutation RevokeAdminInvite($id: ID!) {
    revokeAdminInvite(id: $id) {
      id
      revokedAt
    }
  }
`);
