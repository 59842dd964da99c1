import { graphql } from '../../../gql';

export const LIVE_STATS = graphql(`
  query LiveStats($partnerId: ID) {
    liveStats(partnerId: $partnerId) {
      ...AdminLiveStatsFields
    }
  }
`);
