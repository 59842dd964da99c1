import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn, MoneyText, problemOf } from '@partnerkit/ui';
import type { AdminLiveCountersFieldsFragment, LinkClickStatsQuery } from '../../gql/graphql';
import { LINK_STATS_DAYS, useLinkClickStats } from './useLinkClickStats';
import { useLiveStats } from './useLiveStats';

type LinkRow = LinkClickStatsQuery['clickStats']['byLink'][number];

function Figure({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </Stack>
  );
}

function Counters({
  title,
  id,
  counters,
}: {
  title: string;
  id: string;
  counters: AdminLiveCountersFieldsFragment;
}) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
        <Figure label="Clicks" testId={`live-${id}-clicks`}>
          {counters.clicks.toLocaleString()}
        </Figure>
        <Figure label="Unique" testId={`live-${id}-unique`}>
          {counters.uniqueClicks.toLocaleString()}
        </Figure>
        <Figure label="Leads" testId={`live-${id}-leads`}>
          {counters.leads.toLocaleString()}
        </Figure>
        <Figure label="Sales" testId={`live-${id}-sales`}>
          {counters.sales.toLocaleString()}
        </Figure>
        <Figure label="Commissions" testId={`live-${id}-commissions`}>
          {counters.commissions.length === 0
            ? '0'
            : counters.commissions.map((amount) => (
                <MoneyText key={amount.currency} money={amount} display="block" />
              ))}
        </Figure>
      </SimpleGrid>
    </Stack>
  );
}

export interface LiveStatsPanelProps {
  /** One partner, or null for the whole program. */
  partnerId: string | null;
  /** Show clicks per link below the counters. */
  withLinks?: boolean;
}

/** Live counters (today and the period) and clicks per link, updated as events arrive. */
export function LiveStatsPanel({ partnerId, withLinks = true }: LiveStatsPanelProps) {
  const { stats, error } = useLiveStats(partnerId);
  const links = useLinkClickStats(partnerId);
  const columns: DataTableColumn<LinkRow>[] = [
    { key: 'name', header: 'Link', render: (row) => row.name },
    { key: 'unique', header: 'Unique', align: 'right', render: (row) => row.unique.toLocaleString() },
    { key: 'raw', header: 'All', align: 'right', render: (row) => row.raw.toLocaleString() },
    { key: 'bot', header: 'Bots', align: 'right', render: (row) => row.bot.toLocaleString() },
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`live-stats-${partnerId ?? 'all'}`}>
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={4} id={`live-stats-${partnerId ?? 'all'}`}>
            {partnerId ? 'Live figures' : 'Live figures, all partners'}
          </Title>
          <Badge color="teal" variant="dot">
            Live
          </Badge>
        </Group>
        {error && (
          <Alert color="red" title="Live figures could not be loaded">
            {problemOf(error).message}
          </Alert>
        )}
        {stats && (
          <>
            <Counters title="Today" id="today" counters={stats.today} />
            <Counters title={`Last ${stats.periodDays} days`} id="period" counters={stats.period} />
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                Payable now:
              </Text>
              {stats.payable.length === 0 ? (
                <Text size="sm">nothing</Text>
              ) : (
                stats.payable.map((amount) => <MoneyText key={amount.currency} money={amount} size="sm" />)
              )}
            </Group>
            <Text size="xs" c="dimmed">
              Days start at midnight {stats.timeZone}.
            </Text>
          </>
        )}
        {withLinks && (
          <DataTable
            label={`Clicks per link, last ${LINK_STATS_DAYS} days`}
            columns={columns}
            rows={links.stats?.byLink ?? []}
            rowKey={(row) => `${row.slug ?? 'default'}:${row.name}`}
            loading={links.loading && !links.stats}
            emptyText="No clicks yet."
          />
        )}
      </Stack>
    </Paper>
  );
}
