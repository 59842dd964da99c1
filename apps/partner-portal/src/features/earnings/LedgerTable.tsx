import { Stack, Text } from '@mantine/core';
import { DataTable, DateTimeText, isNonZeroMinor, LoadMoreFooter, MoneyText } from '@partnerkit/ui';
import type { MyLedgerEntriesQuery } from '../../gql/graphql';
import { ledgerKindLabel } from './commissionText';

type PortalLedgerEntry = MyLedgerEntriesQuery['myLedgerEntries']['nodes'][number];

export interface LedgerTableProps {
  entries: readonly PortalLedgerEntry[];
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

function SignedAmount({ entry }: { entry: PortalLedgerEntry }) {
  const negative = entry.amount.amountMinor.startsWith('-');
  const positive = !negative && isNonZeroMinor(entry.amount.amountMinor);
  return (
    <Text span inherit c={negative ? 'red' : positive ? 'teal' : undefined}>
      {positive && '+'}
      <MoneyText money={entry.amount} />
    </Text>
  );
}

function details(entry: PortalLedgerEntry): string {
  return [entry.reason, entry.method, entry.reference].filter(Boolean).join(' · ');
}

/** The partner's append-only ledger, newest first: commissions, clawbacks, payments and adjustments. */
export function LedgerTable({ entries, totalCount, hasNextPage, loading, onLoadMore }: LedgerTableProps) {
  return (
    <Stack gap={0}>
      <DataTable
        label="Ledger"
        rows={entries}
        rowKey={(entry) => entry.id}
        loading={loading}
        emptyText="No ledger entries yet."
        columns={[
          {
            key: 'effectiveAt',
            header: 'Date',
            render: (entry) => <DateTimeText value={entry.effectiveAt} withTime />,
          },
          { key: 'kind', header: 'Kind', render: (entry) => ledgerKindLabel(entry.kind) },
          {
            key: 'amount',
            header: 'Amount',
            align: 'right',
            render: (entry) => <SignedAmount entry={entry} />,
          },
          {
            key: 'details',
            header: 'Reason / reference',
            render: (entry) =>
              details(entry) || (
                <Text span c="dimmed">
                  —
                </Text>
              ),
          },
        ]}
      />
      <LoadMoreFooter
        shown={entries.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loading && entries.length > 0}
        onLoadMore={onLoadMore}
      />
    </Stack>
  );
}
