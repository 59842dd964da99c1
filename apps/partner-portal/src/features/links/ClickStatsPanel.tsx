import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from '@partnerkit/ui';
import { useState } from 'react';
import type { ClickStatsFieldsFragment, MyClickSummaryQuery } from '../../gql/graphql';

type Period = 'today' | 'last7Days' | 'last30Days';
type LinkRow = ClickStatsFieldsFragment['byLink'][number];

const PERIODS: Array<{ value: Period; label: string }> = [
  { value: 'today', label: 'Today' },
  { value: 'last7Days', label: '7 days' },
  { value: 'last30Days', label: '30 days' },
];

export interface ClickStatsPanelProps {
  summary: MyClickSummaryQuery['myClickSummary'] | null;
  loading: boolean;
}

function Figure({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} aria-label={`${label}: ${value}`}>
        {value.toLocaleString()}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** The partner's clicks today, in 7 and in 30 days: totals and per link. */
export function ClickStatsPanel({ summary, loading }: ClickStatsPanelProps) {
  const [period, setPeriod] = useState<Period>('today');
  const stats = summary?.[period];
  const columns: DataTableColumn<LinkRow>[] = [
    { key: 'name', header: 'Link', render: (row) => row.name },
    { key: 'unique', header: 'Unique', align: 'right', render: (row) => row.unique.toLocaleString() },
    { key: 'raw', header: 'All clicks', align: 'right', render: (row) => row.raw.toLocaleString() },
    { key: 'bot', header: 'Bots', align: 'right', render: (row) => row.bot.toLocaleString() },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>Clicks</Title>
        <SegmentedControl
          aria-label="Period"
          value={period}
          onChange={(value) => setPeriod(value as Period)}
          data={PERIODS}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label="Unique clicks" value={stats?.unique ?? 0} hint="One per visitor and link per hour" />
        <Figure label="All clicks" value={stats?.raw ?? 0} hint="Every click, repeats included" />
        <Figure label="Bots" value={stats?.bot ?? 0} hint="Crawlers and previews: they earn nothing" />
      </SimpleGrid>
      <DataTable
        label="Clicks by link"
        columns={columns}
        rows={stats?.byLink ?? []}
        rowKey={(row) => `${row.slug ?? 'default'}:${row.name}`}
        loading={loading && !summary}
        emptyText="No clicks in this period yet."
      />
      {summary && (
        <Text size="xs" c="dimmed">
          Days start at midnight {summary.timeZone}.
        </Text>
      )}
    </Stack>
  );
}
