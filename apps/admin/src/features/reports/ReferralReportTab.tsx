import { Anchor, Badge, Text } from '@mantine/core';
import { DateTimeText } from '@partnerkit/ui';
import { Link } from 'react-router';
import { type ReferralReportQuery } from '../../gql/graphql';
import { REFERRAL_REPORT } from './graphql/referralReport';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useReport } from './useReport';
import { type ReportFilterValues } from './useReportFilters';

type Row = ReferralReportQuery['referralReport']['rows'][number];

/** Customers first seen in the period and the partner they belong to. */
export function ReferralReportTab({ filters }: { filters: ReportFilterValues }) {
  const report = useReport(REFERRAL_REPORT, 'referralReport', filters);
  const columns: ReportColumn<Row>[] = [
    { key: 'since', header: 'Since', sortKey: 'since', render: (row) => <DateTimeText value={row.since} /> },
    {
      key: 'customer',
      header: 'Customer',
      sortKey: 'customer',
      render: (row) => (
        <>
          <Text size="sm">{row.email ?? row.externalId ?? row.customerId}</Text>
          {row.name && (
            <Text size="xs" c="dimmed">
              {row.name}
            </Text>
          )}
        </>
      ),
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
    {
      key: 'via',
      header: 'How',
      render: (row) => (
        <Badge variant="light" color={row.via === 'ASSIGNED' ? 'grape' : 'teal'}>
          {row.via === 'ASSIGNED' ? 'assigned' : 'referred'}
        </Badge>
      ),
    },
  ];
  const data = report.report;
  return (
    <ReportTable
      label="Referred customers"
      columns={columns}
      rows={data?.rows ?? []}
      rowKey={(row) => row.customerId}
      loading={report.loading}
      error={report.error}
      pageInfo={data?.pageInfo}
      pageSize={report.pageSize}
      onPage={report.setOffset}
      sort={report.sort}
      onSort={report.toggleSort}
      onExport={() => void report.exportCsv(`referrals-${filters.from}-${filters.to}.csv`)}
      exporting={report.exporting}
    />
  );
}
