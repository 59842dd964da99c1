import { graphql } from '../../../gql';

export const LIVE_STATS_UPDATED = graphql(`
  subscription LiveStatsUpdated($partnerId: ID) {
    liveStats(partnerId: $partnerId) {
      ...AdminLiveStatsFields
    }
  }
`);
