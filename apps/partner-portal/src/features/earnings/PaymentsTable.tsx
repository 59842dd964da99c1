import { Badge, Stack, Text } from '@mantine/core';
import { DataTable, DateTimeText, LoadMoreFooter, MoneyText } from '@partnerkit/ui';
import type { MyPaymentsQuery } from '../../gql/graphql';

type Payment = MyPaymentsQuery['myPayments']['nodes'][number];

const METHODS: Record<string, string> = {
  PAYPAL: 'PayPal',
  BANK_TRANSFER: 'Bank transfer',
  CHECK: 'Check',
  OTHER: 'Other',
};

export interface PaymentsTableProps {
  payments: readonly Payment[];
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** The partner's payments with method and reference; a voided payment shows its reversal. */
export function PaymentsTable({
  payments,
  totalCount,
  hasNextPage,
  loading,
  onLoadMore,
}: PaymentsTableProps) {
  return (
    <Stack gap={0}>
      <DataTable
        label="Payments"
        rows={payments}
        rowKey={(payment) => payment.id}
        loading={loading && payments.length === 0}
        emptyText="No payments yet."
        columns={[
          { key: 'at', header: 'Date', render: (p) => <DateTimeText value={p.effectiveAt} withTime /> },
          {
            key: 'amount',
            header: 'Amount',
            align: 'right',
            render: (p) => (
              <MoneyText
                money={{
                  ...p.amount,
                  formatted: p.amount.formatted.startsWith('-')
                    ? p.amount.formatted.slice(1)
                    : `-${p.amount.formatted}`,
                }}
              />
            ),
          },
          {
            key: 'method',
            header: 'Method',
            render: (p) => (p.method ? (METHODS[p.method] ?? p.method) : '—'),
          },
          { key: 'reference', header: 'Reference', render: (p) => p.reference ?? '—' },
          {
            key: 'status',
            header: '',
            render: (p) =>
              p.cause.kind === 'PAYMENT_VOID' ? (
                <Text size="sm" c="dimmed">
                  Reversal of a payment{p.reason ? `: ${p.reason}` : ''}
                </Text>
              ) : p.voided ? (
                <Badge color="red" variant="light">
                  Voided
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Sent
                </Badge>
              ),
          },
        ]}
      />
      <LoadMoreFooter
        shown={payments.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loading && payments.length > 0}
        onLoadMore={onLoadMore}
      />
    </Stack>
  );
}
