/** Error codes of admin reports and the dashboard (a period that ends before it starts is the domain's `LEDGER_PERIOD_INVALID`). */
export const ReportErrorCode = {
  /** A report period longer than the longest allowed (400 days). */
  PeriodTooLong: 'REPORT_PERIOD_TOO_LONG',
  /** `sortBy` is not one of the report's sortable columns. */
  SortInvalid: 'REPORT_SORT_INVALID',
  /** `offset` is negative or `first` is not 1 to 200. */
  PageInvalid: 'REPORT_PAGE_INVALID',
  /** A filter value is malformed (e.g. an unknown entry kind or payout method). */
  FilterInvalid: 'REPORT_FILTER_INVALID',
} as const;
