import { graphql } from '../../../gql';

export const ADMIN_LIVE_STATS_FIELDS = graphql(`
  fragment AdminLiveStatsFields on LiveStats {
    partnerId
    timeZone
    periodDays
    today {
      ...AdminLiveCountersFields
    }
    period {
      ...AdminLiveCountersFields
    }
    payable {
      ...MoneyFields
    }
  }
`);

export const ADMIN_LIVE_COUNTERS_FIELDS = graphql(`
  fragment AdminLiveCountersFields on LiveCounters {
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
