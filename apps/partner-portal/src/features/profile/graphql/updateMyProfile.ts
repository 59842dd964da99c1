import { graphql } from '../../../gql';

export const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...PortalPartnerFields
    }
  }
`);
