import { graphql } from '../../../gql';

export const UPDATE_TRACKING_LINK = graphql(`
  mutation UpdateTrackingLink($id: ID!, $input: UpdateTrackingLinkInput!) {
    updateTrackingLink(id: $id, input: $input) {
      ...TrackingLinkFields
    }
  }
`);
