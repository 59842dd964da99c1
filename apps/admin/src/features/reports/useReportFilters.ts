import { useState } from 'react';
import { type PartnerStatus } from '../../gql/graphql';
import { lastDays, type DayKey } from './reportPeriod';

/** The filters every report shares: period, program, partner search and status. */
export interface ReportFilterValues {
  from: DayKey;
  to: DayKey;
  programId: string | null;
  search: string;
  status: PartnerStatus | null;
}

/** Filter state of the Reports page (the last 30 days of every program by default). */
export function useReportFilters(initial: Partial<ReportFilterValues> = {}) {
  const [filters, setFilters] = useState<ReportFilterValues>({
    ...lastDays(30),
    programId: null,
    search: '',
    status: null,
    ...initial,
  });
  return {
    filters,
    update: (change: Partial<ReportFilterValues>) => setFilters((current) => ({ ...current, ...change })),
  };
}
