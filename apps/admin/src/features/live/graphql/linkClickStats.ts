import { graphql } from '../../../gql';

export const LINK_CLICK_STATS = graphql(`
  query LinkClickStats($partnerId: ID, $from: DateTimeISO!, $to: DateTimeISO!) {
    clickStats(partnerId: $partnerId, from: $from, to: $to) {
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
  }
`);
