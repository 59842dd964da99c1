import { Stack, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { CommissionStatusBadge } from './CommissionStatusBadge.js';
import { DataTable, type DataTableColumn } from './DataTable.js';
import { DateTimeText } from './DateTimeText.js';
import { LoadMoreFooter } from './LoadMoreFooter.js';
import { isNonZeroMinor, MoneyText, type MoneyValue } from './MoneyText.js';

/** A commission as the fragment `CommissionFields` (graphql/commissionFields.ts) selects it. */
export interface CommissionValue {
  id: string;
  /** When it was earned. */
  createdAt: string;
  /** When it becomes payable (after the program's hold). */
  availableAt: string;
  /** SALE or LEAD. */
  kind: string;
  level: number;
  status: string;
  amount: MoneyValue;
  /** Reversed so far by refunds. */
  reversed: MoneyValue;
}

/** The standard columns, in the order they appear. */
export type CommissionColumnKey =
  'createdAt' | 'kind' | 'level' | 'amount' | 'reversed' | 'status' | 'availableAt';

const ALL_COLUMNS: readonly CommissionColumnKey[] = [
  'createdAt',
  'kind',
  'level',
  'amount',
  'reversed',
  'status',
  'availableAt',
];

/** "Sale" / "Lead" for the API's SALE / LEAD; another kind is shown as sent. */
export function commissionKindLabel(kind: string): string {
  if (kind === 'SALE') return 'Sale';
  if (kind === 'LEAD') return 'Lead';
  return kind;
}

function standardColumns<Row extends CommissionValue>(
  levelLabel: ((level: number) => ReactNode) | undefined,
): Record<CommissionColumnKey, DataTableColumn<Row>> {
  return {
    createdAt: {
      key: 'createdAt',
      header: 'Earned',
      render: (commission) => <DateTimeText value={commission.createdAt} withTime />,
    },
    kind: { key: 'kind', header: 'Kind', render: (commission) => commissionKindLabel(commission.kind) },
    level: levelLabel
      ? {
          key: 'level',
          header: 'Level',
          render: (commission) => (
            <Text span size="sm" title={`Level ${commission.level}`}>
              {levelLabel(commission.level)}
            </Text>
          ),
        }
      : { key: 'level', header: 'Level', align: 'right', render: (commission) => commission.level },
    amount: {
      key: 'amount',
      header: 'Amount',
      align: 'right',
      render: (commission) => <MoneyText money={commission.amount} />,
    },
    reversed: {
      key: 'reversed',
      header: 'Reversed',
      align: 'right',
      render: (commission) =>
        isNonZeroMinor(commission.reversed.amountMinor) ? (
          <MoneyText money={commission.reversed} c="red" />
        ) : (
          <Text span c="dimmed">
            —
          </Text>
        ),
    },
    status: {
      key: 'status',
      header: 'Status',
      render: (commission) => <CommissionStatusBadge status={commission.status} />,
    },
    availableAt: {
      key: 'availableAt',
      header: 'Payable from',
      render: (commission) => <DateTimeText value={commission.availableAt} />,
    },
  };
}

export interface CommissionsTableProps<Row extends CommissionValue> {
  commissions: readonly Row[];
  /** Accessible name of the table; "Commissions" unless said. */
  label?: string;
  loading?: boolean;
  emptyText?: ReactNode;
  /** Which standard columns to show (all unless said), always in the standard order. */
  columns?: readonly CommissionColumnKey[];
  /** Columns of the page's own before the standard ones, e.g. the partner who earned it. */
  leadingColumns?: DataTableColumn<Row>[];
  /** Columns of the page's own after the standard ones, e.g. the rule that decided it. */
  trailingColumns?: DataTableColumn<Row>[];
  /** Words for a level (e.g. "Your sale"); the bare number unless given. */
  levelLabel?: (level: number) => ReactNode;
  /** For a paginated list: "Showing n of total" and "Load more" under the table. */
  pagination?: { totalCount: number; hasNextPage: boolean; onLoadMore: () => void };
}

/** Commissions, one a row: when, kind, level, amount, what refunds reversed, status, payable from. */
export function CommissionsTable<Row extends CommissionValue>({
  commissions,
  label = 'Commissions',
  loading = false,
  emptyText = 'No commissions yet.',
  columns = ALL_COLUMNS,
  leadingColumns = [],
  trailingColumns = [],
  levelLabel,
  pagination,
}: CommissionsTableProps<Row>) {
  const standard = standardColumns<Row>(levelLabel);
  return (
    <Stack gap={0}>
      <DataTable
        label={label}
        rows={commissions}
        rowKey={(commission) => commission.id}
        loading={loading}
        emptyText={emptyText}
        columns={[
          ...leadingColumns,
          ...ALL_COLUMNS.filter((key) => columns.includes(key)).map((key) => standard[key]),
          ...trailingColumns,
        ]}
      />
      {pagination && (
        <LoadMoreFooter
          shown={commissions.length}
          total={pagination.totalCount}
          hasMore={pagination.hasNextPage}
          loading={loading && commissions.length > 0}
          onLoadMore={pagination.onLoadMore}
        />
      )}
    </Stack>
  );
}
