import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { MoneyText } from '@partnerkit/ui';
import { Link } from 'react-router';
import { useMyBalances } from '../earnings/useMyBalances';

/** A compact view of the partner's balances (per currency) with a link to the Earnings page. */
export function BalancesSummaryCard() {
  const { balances, loaded, error } = useMyBalances();
  if (error || !loaded) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="overview-balances">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} id="overview-balances">
            Your balance
          </Title>
          <Anchor component={Link} to="/earnings" size="sm">
            See your earnings
          </Anchor>
        </Group>
        {balances.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing earned yet. Share your links to earn your first commission.
          </Text>
        ) : (
          balances.map((balance) => (
            <Group key={balance.currency} gap="xl" data-testid={`overview-balance-${balance.currency}`}>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  Balance ({balance.currency})
                </Text>
                <Text fw={600} size="lg">
                  <MoneyText money={balance.total} />
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  Payable
                </Text>
                <Text size="lg">
                  <MoneyText money={balance.payable} />
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  Pending
                </Text>
                <Text size="lg">
                  <MoneyText money={balance.pending} />
                </Text>
              </Stack>
            </Group>
          ))
        )}
      </Stack>
    </Paper>
  );
}
