import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DateTimeText, PageHeader } from '@partnerkit/ui';
import { Link } from 'react-router';
import { RecordRoute } from '../session/RecordRoute';
import type { OrderQuery } from '../../gql/graphql';
import { OrderCommissionsTable } from './OrderCommissionsTable';
import { OrderCustomerCard } from './OrderCustomerCard';
import { OrderItemsTable } from './OrderItemsTable';
import { OrderTotals } from './OrderTotals';
import { attributionLabel, shareLabel } from './orderText';
import { useOrder } from './useOrder';

function OrderCredits({ order }: { order: OrderQuery['order'] }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="order-credits">
      <Title order={4} mb="sm" id="order-credits">
        Credits
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {attributionLabel(order.attributionMethod)}
        {order.couponCode ? ` · coupon ${order.couponCode}` : ''}
      </Text>
      {order.credits.length === 0 ? (
        <Text size="sm" c="dimmed">
          No partner was credited.
        </Text>
      ) : (
        <Stack gap={6}>
          {order.credits.map((credit) => (
            <Group key={credit.partner.id} justify="space-between">
              <Anchor component={Link} to={`/partners/${credit.partner.id}`} size="sm">
                {credit.partner.name} ({credit.partner.code})
              </Anchor>
              <Group gap={6}>
                {credit.flagged && (
                  <Badge color="red" variant="light">
                    Self-referral
                  </Badge>
                )}
                <Text size="sm">{shareLabel(credit.weightBps)}</Text>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** One recorded sale: items, totals, customer (with manual assignment), credits and commissions. */
export function OrderDetailPage() {
  return (
    <RecordRoute useRecord={useOrder} noun="order" list={{ path: '/orders', label: 'Orders' }}>
      {(order) => <OrderDetails order={order} />}
    </RecordRoute>
  );
}

function OrderDetails({ order }: { order: OrderQuery['order'] }) {
  return (
    <>
      <PageHeader
        title={`Order ${order.externalId}`}
        description={
          <>
            Ordered <DateTimeText value={order.orderedAt} withTime />
            {order.paymentNumber ? ` · payment ${order.paymentNumber}` : ''}
          </>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Title order={3}>Items</Title>
            <OrderItemsTable items={order.items} />
            <Title order={3}>Commissions</Title>
            <OrderCommissionsTable commissions={order.commissions} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <OrderTotals order={order} />
            <OrderCustomerCard customer={order.customer} />
            <OrderCredits order={order} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
