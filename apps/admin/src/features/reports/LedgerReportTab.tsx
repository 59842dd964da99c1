import { Drawer, Paper, Table, Text } from '@mantine/core';
import { MoneyText, TableScrollRegion } from '@partnerkit/ui';
import { useState } from 'react';
import { type LedgerReportQuery } from '../../gql/graphql';
import { LEDGER_REPORT } from './graphql/ledgerReport';
import { EntriesReport } from './EntriesReport';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useReport } from './useReport';
import { type ReportFilterValues } from './useReportFilters';

type Row = LedgerReportQuery['ledgerReport']['rows'][number];
type Total = LedgerReportQuery['ledgerReport']['totals'][number];

const AMOUNTS = [
  { key: 'beginning', header: 'Beginning' },
  { key: 'commissions', header: 'Commissions' },
  { key: 'clawbacks', header: 'Clawbacks' },
  { key: 'payments', header: 'Payments' },
  { key: 'adjustments', header: 'Adjustments' },
  { key: 'ending', header: 'Ending' },
] as const;

/** Totals per currency of every matching row (never added across currencies). */
function LedgerTotals({ totals }: { totals: readonly Total[] }) {
  if (totals.length === 0) return null;
  return (
    <Paper withBorder mt="sm">
      <TableScrollRegion label="Totals per currency">
        <Table aria-label="Totals per currency" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Totals</Table.Th>
              {AMOUNTS.map((column) => (
                <Table.Th key={column.key} style={{ textAlign: 'right' }}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.map((total) => (
              <Table.Tr key={total.currency}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {total.currency}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {total.partners} {total.partners === 1 ? 'partner' : 'partners'}
                  </Text>
                </Table.Td>
                {AMOUNTS.map((column) => (
                  <Table.Td key={column.key} style={{ textAlign: 'right' }} fw={600}>
                    <MoneyText money={total[column.key]} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScrollRegion>
    </Paper>
  );
}

/**
 * What each partner earned, lost, was paid and holds in the period, per currency; a row opens its entries
 * and what caused each.
 */
export function LedgerReportTab({ filters }: { filters: ReportFilterValues }) {
  const report = useReport(LEDGER_REPORT, 'ledgerReport', filters);
  const [open, setOpen] = useState<Row | null>(null);
  const columns: ReportColumn<Row>[] = [
    {
      key: 'partner',
      header: 'Partner',
      sortKey: 'partner',
      render: (row) => (
        <>
          <Text size="sm" fw={500}>
            {row.partner.code}
          </Text>
          <Text size="xs" c="dimmed">
            {row.partner.name}
          </Text>
        </>
      ),
    },
    { key: 'currency', header: 'Currency', sortKey: 'currency', render: (row) => row.currency },
    ...AMOUNTS.map((column): ReportColumn<Row> => ({
      key: column.key,
      header: column.header,
      sortKey: column.key,
      align: 'right',
      render: (row) => <MoneyText money={row[column.key]} fw={column.key === 'ending' ? 600 : undefined} />,
    })),
  ];
  const data = report.report;
  return (
    <>
      <ReportTable
        label="Ledger report"
        columns={columns}
        rows={data?.rows ?? []}
        rowKey={(row) => `${row.partner.id}-${row.currency}`}
        onRowClick={setOpen}
        loading={report.loading}
        error={report.error}
        pageInfo={data?.pageInfo}
        pageSize={report.pageSize}
        onPage={report.setOffset}
        sort={report.sort}
        onSort={report.toggleSort}
        onExport={() => void report.exportCsv(`ledger-${filters.from}-${filters.to}.csv`)}
        exporting={report.exporting}
        footer={<LedgerTotals totals={data?.totals ?? []} />}
        emptyText="No partner has ledger entries before the end of this period."
      />
      <Drawer
        opened={open != null}
        onClose={() => setOpen(null)}
        position="right"
        size="xl"
        title={open ? `${open.partner.code}: ${open.currency} entries, ${filters.from} to ${filters.to}` : ''}
      >
        {open && (
          <EntriesReport
            label={`Entries of ${open.partner.code}`}
            filters={filters}
            scope={{ partnerId: open.partner.id, currency: open.currency }}
            onePartner
          />
        )}
      </Drawer>
    </>
  );
}
