import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MoneyText } from '@partnerkit/ui';
import type { BalanceFieldsFragment } from '../../gql/graphql';

const PARTS = [
  { key: 'payable', label: 'Payable', explanation: 'Can be paid out.' },
  { key: 'pending', label: 'Pending', explanation: 'Inside the hold period; payable once it ends.' },
  { key: 'flagged', label: 'Flagged', explanation: 'Waiting for review by the program team.' },
] as const;

/** One card per currency: the balance and its payable, pending and flagged parts. */
export function BalancesPanel({ balances }: { balances: readonly BalanceFieldsFragment[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: balances.length > 1 ? 2 : 1 }}>
      {balances.map((balance) => (
        <Paper
          key={balance.currency}
          withBorder
          p="lg"
          component="article"
          aria-label={`Balance in ${balance.currency}`}
        >
          <Stack gap="md">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                Balance in {balance.currency}
              </Text>
              <Title order={4} fz="1.75rem">
                <MoneyText money={balance.total} data-testid={`balance-total-${balance.currency}`} />
              </Title>
              <Text size="xs" c="dimmed">
                Everything you earned, minus payments and clawbacks.
              </Text>
            </Stack>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              {PARTS.map((part) => (
                <Stack key={part.key} gap={2}>
                  <Text size="sm" fw={600}>
                    {part.label}
                  </Text>
                  <Text size="lg">
                    <MoneyText
                      money={balance[part.key]}
                      data-testid={`balance-${part.key}-${balance.currency}`}
                    />
                  </Text>
                  <Text size="xs" c="dimmed">
                    {part.explanation}
                  </Text>
                </Stack>
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
