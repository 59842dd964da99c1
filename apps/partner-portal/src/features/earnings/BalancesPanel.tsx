import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateTimeText, MoneyText } from '@partnerkit/ui';
import type { MyEarningsQuery } from '../../gql/graphql';

type Earnings = MyEarningsQuery['myEarnings'][number];

const PARTS = [
  { key: 'payable', label: 'Payable', explanation: 'Past the hold period: paid in the next payout.' },
  { key: 'pending', label: 'Pending', explanation: 'Inside the hold period; payable once it ends.' },
  { key: 'flagged', label: 'Flagged', explanation: 'Waiting for review by the program team.' },
  { key: 'paid', label: 'Paid', explanation: 'Sent to you so far.' },
] as const;

/** Why the payable balance cannot be paid out yet (or that it can). */
function PayoutStatus({ earnings }: { earnings: Earnings }) {
  if (earnings.canBePaidOut) {
    return (
      <Alert
        color="teal"
        variant="light"
        data-testid={`payout-status-${earnings.currency}`}
        title="Can be paid out"
      >
        <MoneyText money={earnings.payable} /> is paid in the next payout.
      </Alert>
    );
  }
  const text =
    earnings.readiness === 'BELOW_MINIMUM' ? (
      <>
        Payouts start at <MoneyText money={earnings.minimumPayout} />; your payable balance is{' '}
        <MoneyText money={earnings.payable} />.
      </>
    ) : earnings.readiness === 'NO_PAYOUT_DETAILS' ? (
      <>Add your payout method and destination on your Profile page to be paid.</>
    ) : (
      <>Nothing is payable right now.</>
    );
  return (
    <Alert
      color="gray"
      variant="light"
      data-testid={`payout-status-${earnings.currency}`}
      title="Not payable yet"
    >
      {text}
    </Alert>
  );
}

/** One card per currency: the running balance, its payable/pending/flagged/paid split and the payout status. */
export function BalancesPanel({ earnings }: { earnings: readonly Earnings[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: earnings.length > 1 ? 2 : 1 }}>
      {earnings.map((balance) => (
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
                Running balance: everything you earned, minus payments and clawbacks, plus adjustments.
              </Text>
            </Stack>
            <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="md">
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
            <PayoutStatus earnings={balance} />
            <Text size="xs" c="dimmed">
              Minimum payout: <MoneyText money={balance.minimumPayout} />
              {balance.nextPayableAt && balance.nextPayable && (
                <>
                  {' · '}Next to become payable: <MoneyText money={balance.nextPayable} /> on{' '}
                  <DateTimeText value={balance.nextPayableAt} />
                </>
              )}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
