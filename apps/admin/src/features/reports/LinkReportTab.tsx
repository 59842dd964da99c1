import { Text } from '@mantine/core';
import { type LinkReportQuery } from '../../gql/graphql';
import { LINK_REPORT } from './graphql/linkReport';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useReport } from './useReport';
import { type ReportFilterValues } from './useReportFilters';

type Row = LinkReportQuery['linkReport']['rows'][number];

const count = (
  key: 'clicks' | 'uniqueClicks' | 'botClicks' | 'partners',
  header: string,
): ReportColumn<Row> => ({
  key,
  header,
  sortKey: key,
  align: 'right',
  render: (row) => row[key].toLocaleString('en-US'),
});

/** Clicks per tracking link (the default link and deep links together). */
export function LinkReportTab({ filters }: { filters: ReportFilterValues }) {
  const report = useReport(LINK_REPORT, 'linkReport', filters);
  const columns: ReportColumn<Row>[] = [
    {
      key: 'name',
      header: 'Link',
      sortKey: 'name',
      render: (row) => (
        <>
          <Text size="sm" fw={500}>
            {row.name}
          </Text>
          {row.slug && (
            <Text size="xs" c="dimmed">
              /r/&lt;code&gt;/{row.slug}
            </Text>
          )}
        </>
      ),
    },
    count('clicks', 'Clicks'),
    count('uniqueClicks', 'Unique'),
    count('botClicks', 'Bots'),
    count('partners', 'Partners'),
  ];
  const data = report.report;
  return (
    <ReportTable
      label="Clicks per tracking link"
      columns={columns}
      rows={data?.rows ?? []}
      rowKey={(row) => row.linkKey}
      loading={report.loading}
      error={report.error}
      pageInfo={data?.pageInfo}
      pageSize={report.pageSize}
      onPage={report.setOffset}
      sort={report.sort}
      onSort={report.toggleSort}
      onExport={() => void report.exportCsv(`links-${filters.from}-${filters.to}.csv`)}
      exporting={report.exporting}
    />
  );
}
