import { graphql } from '../../../gql';

export const MY_CLICK_SUMMARY = graphql(`
  query MyClickSummary {
    myClickSummary {
      timeZone
      today {
        ...ClickStatsFields
      }
      last7Days {
        ...ClickStatsFields
      }
      last30Days {
        ...ClickStatsFields
      }
    }
  }
`);
