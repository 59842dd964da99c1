import { graphql } from '../../../gql';

export const ADMIN_INVITATION = graphql(`
  query AdminInvitation($token: String!) {
    adminInvitation(token: $token) {
      email
      role
      expiresAt
    }
  }
`);
