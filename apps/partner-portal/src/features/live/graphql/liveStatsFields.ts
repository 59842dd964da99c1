import { graphql } from '../../../gql';

export const LIVE_STATS_FIELDS = graphql(`
  fragment LiveStatsFields on LiveStats {
    partnerId
    timeZone
    periodDays
    at
    today {
      ...LiveCountersFields
    }
    period {
      ...LiveCountersFields
    }
    payable {
      ...MoneyFields
    }
    days {
      day
      clicks
      uniqueClicks
      leads
      sales
    }
  }
`);

export const LIVE_COUNTERS_FIELDS = graphql(`
  fragment LiveCountersFields on LiveCounters {
    from
    clicks
    uniqueClicks
    leads
    sales
    commissions {
      ...MoneyFields
    }
  }
`);
