import { graphql } from '../../../gql';

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);
