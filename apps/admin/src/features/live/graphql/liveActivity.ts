import { graphql } from '../../../gql';

export const LIVE_ACTIVITY = graphql(`
  subscription LiveActivity($partnerId: ID) {
    liveActivity(partnerId: $partnerId) {
      kind
      partnerId
      at
    }
  }
`);
