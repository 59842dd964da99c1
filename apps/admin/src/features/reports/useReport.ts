import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { notifyError } from '@partnerkit/ui';
import { useEffect, useState } from 'react';
import { downloadCsv } from './downloadCsv';
import { type ReportFilterValues } from './useReportFilters';

export const REPORT_PAGE_SIZE = 50;

/** What each report query selects: rows, the page and (when asked) the page as CSV. */
interface ReportShape {
  rows: readonly unknown[];
  pageInfo: { offset: number; totalCount: number; hasNextPage: boolean };
  csv?: string | null;
}

export interface ReportSort {
  by: string | null;
  descending: boolean | null;
}

/**
 * One report (`field` of `document`) for the shared filters plus `extra` variables: its current page, the
 * sort (`toggleSort` flips a column's direction), paging by offset, and `exportCsv()`, which asks the API
 * for the same page as CSV and saves it. Changing filters or the sort goes back to the first page.
 */
export function useReport<
  TData extends { [P in K]: ReportShape },
  TVariables extends OperationVariables,
  K extends keyof TData & string,
>(
  document: TypedDocumentNode<TData, TVariables>,
  field: K,
  filters: ReportFilterValues,
  extra: Record<string, unknown> = {},
  pageSize = REPORT_PAGE_SIZE,
) {
  const [sort, setSort] = useState<ReportSort>({ by: null, descending: null });
  const [offset, setOffset] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const client = useApolloClient();
  const key = JSON.stringify([
    filters.from,
    filters.to,
    filters.programId,
    filters.status,
    search,
    extra,
    sort,
  ]);
  useEffect(() => setOffset(0), [key]);
  const variables = {
    from: filters.from,
    to: filters.to,
    programId: filters.programId,
    search: search || null,
    status: filters.status,
    sortBy: sort.by,
    descending: sort.descending,
    first: pageSize,
    offset,
    withCsv: false,
    ...extra,
  };
  const { data, previousData, loading, error } = useQuery(document, {
    variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  } as never);
  const report = ((data ?? previousData) as TData | undefined)?.[field];

  async function exportCsv(filename: string) {
    setExporting(true);
    try {
      const result = await client.query({
        query: document,
        variables: { ...variables, withCsv: true } as never,
        fetchPolicy: 'network-only',
      });
      const csv = (result.data as TData | undefined)?.[field]?.csv;
      if (csv != null) downloadCsv(csv, filename);
    } catch (problem) {
      notifyError(problem);
    } finally {
      setExporting(false);
    }
  }

  return {
    report: report as TData[K] | undefined,
    loading,
    error,
    sort,
    toggleSort: (by: string) =>
      setSort((current) =>
        current.by === by ? { by, descending: !current.descending } : { by, descending: true },
      ),
    offset,
    setOffset,
    pageSize,
    exportCsv,
    exporting,
  };
}
