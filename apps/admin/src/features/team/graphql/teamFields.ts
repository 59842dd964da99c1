import { graphql } from '../../../gql';

export const ADMIN_FIELDS = graphql(`
  fragment AdminFields on AdminUser {
    id
    name
    email
    role
    createdAt
  }
`);

export const ADMIN_INVITE_FIELDS = graphql(`
  fragment AdminInviteFields on AdminInvite {
    id
    email
    role
    createdAt
    expiresAt
  }
`);
