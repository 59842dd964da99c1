import { graphql } from '../../../gql';

/** What every report table shows under its rows. */
export const REPORT_PAGE_INFO_FIELDS = graphql(`
  fragment ReportPageInfoFields on ReportPageInfo {
    offset
    totalCount
    hasNextPage
  }
`);
