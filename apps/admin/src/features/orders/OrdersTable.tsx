import { Badge, Group, Stack, Text } from '@mantine/core';
import { DataTable, DateTimeText, isNonZeroMinor, MoneyText } from '@partnerkit/ui';
import { useNavigate } from 'react-router';
import type { OrderListFieldsFragment } from '../../gql/graphql';
import { attributionLabel, shareLabel } from './orderText';

function Credits({ order }: { order: OrderListFieldsFragment }) {
  if (order.credits.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        Nobody
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {order.credits.map((credit) => (
        <Text key={credit.partner.id} span size="sm">
          {credit.partner.code}
          {credit.weightBps < 10_000 && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({shareLabel(credit.weightBps)})
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

function Hints({ order }: { order: OrderListFieldsFragment }) {
  const refunded = isNonZeroMinor(order.refunded.amountMinor);
  const flagged = order.credits.some((credit) => credit.flagged);
  if (!refunded && !flagged) return null;
  return (
    <Group gap={4}>
      {refunded && (
        <Badge color="orange" variant="light">
          Refunded <MoneyText money={order.refunded} />
        </Badge>
      )}
      {flagged && (
        <Badge color="red" variant="light">
          Self-referral
        </Badge>
      )}
    </Group>
  );
}

/** Recorded sales; a row opens the order. */
export function OrdersTable({
  orders,
  loading,
}: {
  orders: readonly OrderListFieldsFragment[];
  loading: boolean;
}) {
  const navigate = useNavigate();
  return (
    <DataTable
      label="Orders"
      rows={orders}
      rowKey={(order) => order.id}
      loading={loading}
      emptyText="No orders match."
      onRowClick={(order) => void navigate(`/orders/${order.id}`)}
      columns={[
        {
          key: 'orderedAt',
          header: 'Ordered',
          render: (order) => <DateTimeText value={order.orderedAt} withTime />,
        },
        {
          key: 'externalId',
          header: 'Order id',
          render: (order) => (
            <Text span size="sm" ff="monospace">
              {order.externalId}
            </Text>
          ),
        },
        {
          key: 'total',
          header: 'Total',
          align: 'right',
          render: (order) => <MoneyText money={order.total} />,
        },
        {
          key: 'attribution',
          header: 'Attribution',
          render: (order) => (
            <Text span size="sm">
              {attributionLabel(order.attributionMethod)}
              {order.couponCode && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({order.couponCode})
                </Text>
              )}
            </Text>
          ),
        },
        { key: 'credits', header: 'Credited', render: (order) => <Credits order={order} /> },
        { key: 'hints', header: 'Status', render: (order) => <Hints order={order} /> },
      ]}
    />
  );
}
