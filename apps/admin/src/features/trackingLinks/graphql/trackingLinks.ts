import { graphql } from '../../../gql';

export const TRACKING_LINKS = graphql(`
  query TrackingLinks($includeArchived: Boolean!) {
    trackingLinks(includeArchived: $includeArchived) {
      ...TrackingLinkFields
    }
  }
`);
