import { Anchor } from '@mantine/core';
import { DateTimeText } from '@partnerkit/ui';
import { Link } from 'react-router';
import { type LeadReportQuery } from '../../gql/graphql';
import { LEAD_REPORT } from './graphql/leadReport';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useReport } from './useReport';
import { type ReportFilterValues } from './useReportFilters';

type Row = LeadReportQuery['leadReport']['rows'][number];

/** Leads of the period and the partner credited with each. */
export function LeadReportTab({ filters }: { filters: ReportFilterValues }) {
  const report = useReport(LEAD_REPORT, 'leadReport', filters);
  const columns: ReportColumn<Row>[] = [
    {
      key: 'date',
      header: 'Date',
      sortKey: 'occurredAt',
      render: (row) => <DateTimeText value={row.occurredAt} withTime />,
    },
    {
      key: 'partner',
      header: 'Partner',
      sortKey: 'partner',
      render: (row) => (
        <Anchor component={Link} to={`/partners/${row.partner.id}`} size="sm">
          {row.partner.code}
        </Anchor>
      ),
    },
    { key: 'customer', header: 'Customer', sortKey: 'customer', render: (row) => row.customerEmail ?? '–' },
    { key: 'lead', header: 'Lead id', render: (row) => row.externalId },
    {
      key: 'share',
      header: 'Share',
      align: 'right',
      render: (row) => `${(row.weightBps / 100).toLocaleString('en-US')} %`,
    },
  ];
  const data = report.report;
  return (
    <ReportTable
      label="Leads by partner"
      columns={columns}
      rows={data?.rows ?? []}
      rowKey={(row) => `${row.leadId}-${row.partner.id}`}
      loading={report.loading}
      error={report.error}
      pageInfo={data?.pageInfo}
      pageSize={report.pageSize}
      onPage={report.setOffset}
      sort={report.sort}
      onSort={report.toggleSort}
      onExport={() => void report.exportCsv(`leads-${filters.from}-${filters.to}.csv`)}
      exporting={report.exporting}
    />
  );
}
