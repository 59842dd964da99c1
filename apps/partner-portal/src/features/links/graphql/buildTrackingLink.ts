import { graphql } from '../../../gql';

export const BUILD_TRACKING_LINK = graphql(`
  query BuildTrackingLink($url: String!, $subId: String) {
    buildTrackingLink(url: $url, subId: $subId)
  }
`);
