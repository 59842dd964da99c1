import { graphql } from '../../../gql';

export const UPDATE_MERCHANT_SETTINGS = graphql(`
  mutation UpdateMerchantSettings($input: UpdateMerchantSettingsInput!) {
    updateMerchantSettings(input: $input) {
      defaultLandingUrl
      allowedDomains
      updatedAt
    }
  }
`);
