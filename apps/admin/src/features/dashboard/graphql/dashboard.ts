import { graphql } from '../../../gql';

export const DASHBOARD = graphql(`
  query Dashboard($from: String!, $to: String!, $programId: ID) {
    dashboard(from: $from, to: $to, programId: $programId) {
      period {
        from
        to
        timeZone
      }
      clicks
      uniqueClicks
      leads
      sales
      conversionRate
      revenue {
        ...MoneyFields
      }
      commissionsEarned {
        ...MoneyFields
      }
      owed {
        ...MoneyFields
      }
      paid {
        ...MoneyFields
      }
      topPartners {
        partner {
          id
          code
          name
        }
        sales
        revenue {
          ...MoneyFields
        }
        commissions {
          ...MoneyFields
        }
      }
      days {
        day
        clicks
        uniqueClicks
        leads
        sales
        revenue {
          ...MoneyFields
        }
        commissions {
          ...MoneyFields
        }
      }
    }
  }
`);
