import { graphql } from '../../../gql';

export const SIGN_IN_PARTNER = graphql(`
  mutation SignInPartner($login: String!, $password: String!) {
    signInPartner(login: $login, password: $password) {
      kind
      partner {
        ...PortalPartnerFields
      }
    }
  }
`);
