import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { MoneyText, problemOf, type MoneyValue } from '@partnerkit/ui';
import { usePartnerBalances } from './usePartnerBalances';

function Line({ label, hint, money }: { label: string; hint: string; money: MoneyValue }) {
  return (
    <Group justify="space-between" title={hint}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm">
        <MoneyText money={money} />
      </Text>
    </Group>
  );
}

/** A partner's balance per currency and its payable, pending and flagged parts. */
export function PartnerBalances({ partnerId }: { partnerId: string }) {
  const { balances, error } = usePartnerBalances(partnerId);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="partner-balances">
      <Title order={4} mb="sm" id="partner-balances">
        Balances
      </Title>
      {error && (
        <Alert color="red" title="Balances could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      {balances && balances.length === 0 && (
        <Text size="sm" c="dimmed">
          No earnings yet.
        </Text>
      )}
      <Stack gap="md">
        {balances?.map((balance) => (
          <Stack key={balance.currency} gap={4} data-testid={`partner-balance-${balance.currency}`}>
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                {balance.currency}
              </Text>
              <Text fw={700}>
                <MoneyText money={balance.total} />
              </Text>
            </Group>
            <Line label="Payable" hint="Past the hold period and not under review." money={balance.payable} />
            <Line label="Pending" hint="Still inside the hold period." money={balance.pending} />
            <Line label="Flagged" hint="Waiting for review (self-referral)." money={balance.flagged} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
