import { graphql } from '../../../gql';

export const TRACKING_LINK_FIELDS = graphql(`
  fragment TrackingLinkFields on TrackingLink {
    id
    slug
    name
    destinationUrl
    archived
    updatedAt
    programs {
      id
      name
    }
  }
`);
