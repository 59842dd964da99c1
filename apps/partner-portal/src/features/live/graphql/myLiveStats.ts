import { graphql } from '../../../gql';

export const MY_LIVE_STATS = graphql(`
  query MyLiveStats {
    myLiveStats {
      ...LiveStatsFields
    }
  }
`);
