import { graphql } from '../../../gql';

export const MY_TRACKING_LINKS = graphql(`
  query MyTrackingLinks {
    myTrackingLinks {
      trackingLinkId
      name
      slug
      url
      destinationUrl
    }
    merchantSettings {
      defaultLandingUrl
      allowedDomains
    }
  }
`);
