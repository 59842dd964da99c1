import { Anchor, Badge, Group, Text } from '@mantine/core';
import { DateTimeText, MoneyText } from '@partnerkit/ui';
import { Link } from 'react-router';
import { type LedgerEntriesReportQuery } from '../../gql/graphql';
import { LEDGER_ENTRIES_REPORT } from './graphql/ledgerEntriesReport';
import { describeCause, methodLabel } from './entryCause';
import { MoneyList } from './MoneyList';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useReport } from './useReport';
import { type ReportFilterValues } from './useReportFilters';

type Entry = LedgerEntriesReportQuery['ledgerEntriesReport']['rows'][number];

export interface EntriesReportProps {
  label: string;
  filters: ReportFilterValues;
  /** `partnerId` + `currency` (a ledger row), `kinds`. */
  scope: { partnerId?: string; currency?: string; kinds?: string[] };
  /** Hide the partner column (a drill-down of one partner). */
  onePartner?: boolean;
  /** Payments: method, batch and reference columns (sortable) instead of the cause. */
  payments?: boolean;
}

const KIND_COLOR: Record<string, string> = {
  COMMISSION: 'teal',
  CLAWBACK: 'red',
  PAYMENT: 'blue',
  ADJUSTMENT: 'grape',
};

/** Ledger entries of the period with what caused each: drill-down, commissions and clawbacks, payments. */
export function EntriesReport({ label, filters, scope, onePartner, payments }: EntriesReportProps) {
  const report = useReport(LEDGER_ENTRIES_REPORT, 'ledgerEntriesReport', filters, {
    partnerId: scope.partnerId ?? null,
    currency: scope.currency ?? null,
    kinds: scope.kinds ?? null,
  });
  const columns: ReportColumn<Entry>[] = [
    {
      key: 'date',
      header: 'Date',
      sortKey: 'effectiveAt',
      render: (entry) => <DateTimeText value={entry.effectiveAt} />,
    },
    ...(onePartner
      ? []
      : [
          {
            key: 'partner',
            header: 'Partner',
            sortKey: 'partner',
            render: (entry: Entry) => (
              <Anchor component={Link} to={`/partners/${entry.partner.id}`} size="sm">
                {entry.partner.code}
              </Anchor>
            ),
          },
        ]),
    {
      key: 'kind',
      header: 'Kind',
      sortKey: 'kind',
      render: (entry) => (
        <Badge variant="light" color={KIND_COLOR[entry.kind] ?? 'gray'}>
          {entry.kind.toLowerCase()}
        </Badge>
      ),
    },
    ...(payments
      ? [
          {
            key: 'method',
            header: 'Method',
            sortKey: 'method',
            render: (entry: Entry) => methodLabel(entry.cause.method),
          },
          {
            key: 'batch',
            header: 'Batch',
            sortKey: 'payoutBatchId',
            render: (entry: Entry) => entry.cause.payoutBatchId ?? '–',
          },
          { key: 'reference', header: 'Reference', render: (entry: Entry) => entry.cause.reference ?? '–' },
        ]
      : [
          {
            key: 'cause',
            header: 'Cause',
            render: (entry: Entry) =>
              entry.cause.orderId ? (
                <Anchor component={Link} to={`/orders/${entry.cause.orderId}`} size="sm">
                  {describeCause(entry.cause)}
                </Anchor>
              ) : (
                <Text size="sm">{describeCause(entry.cause)}</Text>
              ),
          },
        ]),
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amount',
      align: 'right',
      render: (entry) => <MoneyText money={entry.amount} />,
    },
  ];
  const data = report.report;
  return (
    <ReportTable
      label={label}
      columns={columns}
      rows={data?.rows ?? []}
      rowKey={(entry) => entry.id}
      loading={report.loading}
      error={report.error}
      pageInfo={data?.pageInfo}
      pageSize={report.pageSize}
      onPage={report.setOffset}
      sort={report.sort}
      onSort={report.toggleSort}
      onExport={() => void report.exportCsv(`${label.toLowerCase().replace(/\W+/g, '-')}.csv`)}
      exporting={report.exporting}
      footer={
        data && data.totals.length > 0 ? (
          <Group justify="flex-end" mt="xs" gap="xs">
            <Text size="sm" c="dimmed">
              Total of all pages:
            </Text>
            <Text size="sm" fw={600}>
              <MoneyList amounts={data.totals} />
            </Text>
          </Group>
        ) : null
      }
    />
  );
}
