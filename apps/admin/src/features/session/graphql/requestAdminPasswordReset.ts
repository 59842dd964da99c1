import { graphql } from '../../../gql';

export const REQUEST_ADMIN_PASSWORD_RESET = graphql(`
  mutation RequestAdminPasswordReset($email: String!) {
    requestAdminPasswordReset(email: $email)
  }
`);
