import { graphql } from '../../../gql';

export const ACCEPT_ADMIN_INVITE = graphql(`
  mutation AcceptAdminInvite($input: AcceptAdminInviteInput!) {
    acceptAdminInvite(input: $input) {
      id
      email
      role
    }
  }
`);
