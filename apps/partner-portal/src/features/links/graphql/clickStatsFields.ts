import { graphql } from '../../../gql';

export const CLICK_STATS_FIELDS = graphql(`
  fragment ClickStatsFields on ClickStats {
    raw
    unique
    bot
    byLink {
      name
      slug
      raw
      unique
      bot
    }
  }
`);
