import { graphql } from '../../../gql';

export const REQUEST_PARTNER_PASSWORD_RESET = graphql(`
  mutation RequestPartnerPasswordReset($login: String!) {
    requestPartnerPasswordReset(login: $login)
  }
`);
