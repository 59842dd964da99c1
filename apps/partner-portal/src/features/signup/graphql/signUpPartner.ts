import { graphql } from '../../../gql';

export const SIGN_UP_PARTNER = graphql(`
  mutation SignUpPartner($input: SignUpPartnerInput!) {
    signUpPartner(input: $input) {
      code
      status
    }
  }
`);
