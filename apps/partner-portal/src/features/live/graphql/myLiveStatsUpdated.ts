import { graphql } from '../../../gql';

export const MY_LIVE_STATS_UPDATED = graphql(`
  subscription MyLiveStatsUpdated {
    myLiveStats {
      ...LiveStatsFields
    }
  }
`);
