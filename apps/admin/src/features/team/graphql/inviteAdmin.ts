import { graphql } from '../../../gql';

export const INVITE_ADMIN = graphql(`
  mutation InviteAdmin($input: InviteAdminInput!) {
    inviteAdmin(input: $input) {
      ...AdminInviteFields
    }
  }
`);
