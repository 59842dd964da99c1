import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type ActivityReportQuery } from '../../gql/graphql';
import { ACTIVITY_REPORT } from './graphql/activityReport';
import { MoneyList } from './MoneyList';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useReport } from './useReport';
import { type ReportFilterValues } from './useReportFilters';

type Row = ActivityReportQuery['activityReport']['rows'][number];

const count = (key: 'clicks' | 'uniqueClicks' | 'leads' | 'sales', header: string): ReportColumn<Row> => ({
  key,
  header,
  sortKey: key,
  align: 'right',
  render: (row) => row[key].toLocaleString('en-US'),
});

/** Clicks, leads, sales, revenue and commissions of each partner in the period. */
export function ActivityReportTab({ filters }: { filters: ReportFilterValues }) {
  const report = useReport(ACTIVITY_REPORT, 'activityReport', filters);
  const columns: ReportColumn<Row>[] = [
    {
      key: 'partner',
      header: 'Partner',
      sortKey: 'partner',
      render: (row) => (
        <>
          <Anchor component={Link} to={`/partners/${row.partner.id}`} size="sm" fw={500}>
            {row.partner.code}
          </Anchor>
          <Text size="xs" c="dimmed">
            {row.partner.name}
          </Text>
        </>
      ),
    },
    count('clicks', 'Clicks'),
    count('uniqueClicks', 'Unique'),
    count('leads', 'Leads'),
    count('sales', 'Sales'),
    {
      key: 'revenue',
      header: 'Revenue',
      align: 'right',
      render: (row) => <MoneyList amounts={row.revenue} />,
    },
    {
      key: 'commissions',
      header: 'Commissions',
      align: 'right',
      render: (row) => <MoneyList amounts={row.commissions} />,
    },
  ];
  const data = report.report;
  return (
    <ReportTable
      label="Activity per partner"
      columns={columns}
      rows={data?.rows ?? []}
      rowKey={(row) => row.partner.id}
      loading={report.loading}
      error={report.error}
      pageInfo={data?.pageInfo}
      pageSize={report.pageSize}
      onPage={report.setOffset}
      sort={report.sort}
      onSort={report.toggleSort}
      onExport={() => void report.exportCsv(`activity-${filters.from}-${filters.to}.csv`)}
      exporting={report.exporting}
    />
  );
}
