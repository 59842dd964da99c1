import { graphql } from '../../../gql';

export const SIGN_IN_ADMIN = graphql(`
  mutation SignInAdmin($email: String!, $password: String!) {
    signInAdmin(email: $email, password: $password) {
      kind
      admin {
        id
        name
        email
        role
      }
    }
  }
`);
