import { graphql } from '../../../gql';

export const CREATE_TRACKING_LINK = graphql(`
  mutation CreateTrackingLink($input: CreateTrackingLinkInput!) {
    createTrackingLink(input: $input) {
      ...TrackingLinkFields
    }
  }
`);
