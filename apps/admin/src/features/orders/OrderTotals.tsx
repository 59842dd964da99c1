import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { isNonZeroMinor, MoneyText, type MoneyValue } from '@partnerkit/ui';
import type { OrderQuery } from '../../gql/graphql';

function Row({
  label,
  money,
  strong,
  color,
}: {
  label: string;
  money: MoneyValue;
  strong?: boolean;
  color?: string;
}) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined} c={color}>
        <MoneyText money={money} />
      </Text>
    </Group>
  );
}

/** Total, tax, shipping, order discount, paid and refunded. */
export function OrderTotals({ order }: { order: OrderQuery['order'] }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="order-totals">
      <Title order={4} mb="sm" id="order-totals">
        Totals
      </Title>
      <Stack gap={6}>
        <Row label="Total" money={order.total} strong />
        <Row label="Tax" money={order.tax} />
        <Row label="Shipping" money={order.shipping} />
        <Row label="Discount" money={order.discount} />
        <Row label="Paid" money={order.paid} />
        <Row
          label="Refunded"
          money={order.refunded}
          color={isNonZeroMinor(order.refunded.amountMinor) ? 'orange' : undefined}
        />
      </Stack>
    </Paper>
  );
}
