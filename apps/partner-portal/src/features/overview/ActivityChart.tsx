import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { LiveStatsFieldsFragment } from '../../gql/graphql';

const DAY = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Clicks, unique clicks, leads and sales per day over the period. */
export function ActivityChart({ stats }: { stats: LiveStatsFieldsFragment }) {
  const data = stats.days.map((day) => ({
    day: DAY.format(new Date(`${day.day}T00:00:00Z`)),
    Clicks: day.clicks,
    'Unique clicks': day.uniqueClicks,
    Leads: day.leads,
    Sales: day.sales,
  }));
  const total = stats.period;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="overview-chart">
      <Stack gap="sm">
        <Title order={3} id="overview-chart">
          The last {stats.periodDays} days
        </Title>
        <div
          role="img"
          aria-label={`Per day over the last ${stats.periodDays} days: ${total.clicks} clicks, ${total.uniqueClicks} unique, ${total.leads} leads, ${total.sales} sales in all.`}
        >
          <AreaChart
            h={220}
            data={data}
            dataKey="day"
            curveType="monotone"
            withDots={false}
            tickLine="none"
            gridAxis="y"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'Clicks', color: 'blue.6' },
              { name: 'Unique clicks', color: 'teal.6' },
              { name: 'Leads', color: 'violet.6' },
              { name: 'Sales', color: 'orange.6' },
            ]}
          />
        </div>
        <Text size="xs" c="dimmed">
          Clicks include repeats and bots; unique clicks count one per visitor and link per hour.
        </Text>
      </Stack>
    </Paper>
  );
}
