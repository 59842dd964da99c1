import { graphql } from '../../../gql';

export const MERCHANT_SETTINGS = graphql(`
  query MerchantSettings {
    merchantSettings {
      defaultLandingUrl
      allowedDomains
      updatedAt
    }
  }
`);
