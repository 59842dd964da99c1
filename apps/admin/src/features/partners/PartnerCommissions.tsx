import { Alert, Stack, Text, Title } from '@mantine/core';
import {
  CommissionStatusBadge,
  DataTable,
  DateTimeText,
  LoadMoreFooter,
  MoneyText,
  problemOf,
} from '@partnerkit/ui';
import { isNonZero } from '../orders/orderText';
import { usePartnerCommissions } from './usePartnerCommissions';

/** A partner's commissions, newest first, with load more. */
export function PartnerCommissions({ partnerId }: { partnerId: string }) {
  const { commissions, totalCount, hasNextPage, loading, error, loadMore } = usePartnerCommissions(partnerId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="partner-commissions">
      <Title order={3} id="partner-commissions">
        Commissions
      </Title>
      {error && (
        <Alert color="red" title="Commissions could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <div>
        <DataTable
          label="Commissions"
          rows={commissions}
          rowKey={(commission) => commission.id}
          loading={loading}
          emptyText="No commissions yet."
          columns={[
            {
              key: 'createdAt',
              header: 'Earned',
              render: (commission) => <DateTimeText value={commission.createdAt} withTime />,
            },
            {
              key: 'kind',
              header: 'Kind',
              render: (commission) => (commission.kind === 'LEAD' ? 'Lead' : 'Sale'),
            },
            { key: 'level', header: 'Level', align: 'right', render: (commission) => commission.level },
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
          onLoadMore={() => void loadMore()}
        />
      </div>
    </Stack>
  );
}
