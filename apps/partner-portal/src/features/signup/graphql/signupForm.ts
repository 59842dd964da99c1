import { graphql } from '../../../gql';

export const SIGNUP_FORM = graphql(`
  query SignupForm($programId: ID!) {
    signupForm(programId: $programId) {
      programId
      programName
      notes
      asksParentCode
      asksPayoutEmail
      fields {
        key
        label
        type
        required
        options
      }
    }
  }
`);
