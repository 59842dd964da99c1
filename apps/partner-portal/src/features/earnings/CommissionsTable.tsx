import { Stack, Text } from '@mantine/core';
import { CommissionStatusBadge, DataTable, DateTimeText, LoadMoreFooter, MoneyText } from '@partnerkit/ui';
import type { MyCommissionsQuery } from '../../gql/graphql';
import { commissionKindLabel, commissionLevelLabel, isNonZero } from './commissionText';

type PortalCommission = MyCommissionsQuery['myCommissions']['nodes'][number];

export interface CommissionsTableProps {
  commissions: readonly PortalCommission[];
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** The partner's commissions, newest first, with their status and when they become payable. */
export function CommissionsTable({
  commissions,
  totalCount,
  hasNextPage,
  loading,
  onLoadMore,
}: CommissionsTableProps) {
  return (
    <Stack gap={0}>
      <DataTable
        label="Commissions"
        rows={commissions}
        rowKey={(commission) => commission.id}
        loading={loading}
        emptyText="No commissions yet."
        columns={[
          {
            key: 'date',
            header: 'Date',
            render: (commission) => <DateTimeText value={commission.createdAt} withTime />,
          },
          { key: 'kind', header: 'Kind', render: (commission) => commissionKindLabel(commission.kind) },
          {
            key: 'level',
            header: 'Level',
            render: (commission) => (
              <Text span size="sm" title={`Level ${commission.level}`}>
                {commissionLevelLabel(commission.level)}
              </Text>
            ),
          },
          {
            key: 'amount',
            header: 'Amount',
            align: 'right',
            render: (commission) => <MoneyText money={commission.amount} />,
          },
          {
            key: 'reversed',
            header: 'Reversed',
            align: 'right',
            render: (commission) =>
              isNonZero(commission.reversed.amountMinor) ? (
                <MoneyText money={commission.reversed} c="red" />
              ) : (
                <Text span c="dimmed">
                  —
                </Text>
              ),
          },
          {
            key: 'status',
            header: 'Status',
            render: (commission) => <CommissionStatusBadge status={commission.status} />,
          },
          {
            key: 'availableAt',
            header: 'Payable from',
            render: (commission) => <DateTimeText value={commission.availableAt} />,
          },
        ]}
      />
      <LoadMoreFooter
        shown={commissions.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loading && commissions.length > 0}
        onLoadMore={onLoadMore}
      />
    </Stack>
  );
}
