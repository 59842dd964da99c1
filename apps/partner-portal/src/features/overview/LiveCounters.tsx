import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MoneyText } from '@partnerkit/ui';
import type { LiveCountersFieldsFragment, LiveStatsFieldsFragment } from '../../gql/graphql';

interface MoneyValue {
  amountMinor: string;
  currency: string;
  formatted: string;
}

function Figure({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </Paper>
  );
}

function Amounts({ amounts }: { amounts: readonly MoneyValue[] }) {
  if (amounts.length === 0) return <>0</>;
  return (
    <Stack gap={0}>
      {amounts.map((amount) => (
        <MoneyText key={amount.currency} money={amount} />
      ))}
    </Stack>
  );
}

function Row({
  title,
  id,
  counters,
  payable,
}: {
  title: string;
  id: string;
  counters: LiveCountersFieldsFragment;
  payable?: readonly MoneyValue[];
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`live-${id}`}>
      <Title order={4} id={`live-${id}`}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 2, xs: 3, md: payable ? 6 : 5 }} spacing="sm">
        <Figure label="Clicks" testId={`${id}-clicks`}>
          {counters.clicks.toLocaleString()}
        </Figure>
        <Figure label="Unique clicks" testId={`${id}-unique-clicks`}>
          {counters.uniqueClicks.toLocaleString()}
        </Figure>
        <Figure label="Leads" testId={`${id}-leads`}>
          {counters.leads.toLocaleString()}
        </Figure>
        <Figure label="Sales" testId={`${id}-sales`}>
          {counters.sales.toLocaleString()}
        </Figure>
        <Figure label="Commissions" testId={`${id}-commissions`}>
          <Amounts amounts={counters.commissions} />
        </Figure>
        {payable && (
          <Figure label="Payable now" testId={`${id}-payable`}>
            <Amounts amounts={payable} />
          </Figure>
        )}
      </SimpleGrid>
    </Stack>
  );
}

/** Today's and the period's counters; they change as the server pushes updates. */
export function LiveCounters({ stats }: { stats: LiveStatsFieldsFragment }) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color="teal" variant="dot" aria-label="Live: updates as they happen">
          Live
        </Badge>
        <Text size="xs" c="dimmed">
          Days start at midnight {stats.timeZone}.
        </Text>
      </Group>
      <Row title="Today" id="today" counters={stats.today} payable={stats.payable} />
      <Row title={`Last ${stats.periodDays} days`} id="period" counters={stats.period} />
    </Stack>
  );
}
