import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Anchor, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { currencyExponent, isKnownCurrency } from '@partnerkit/domain';
import { DataTable, PageHeader, problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { MoneyList } from '../reports/MoneyList';
import { ReportFilters } from '../reports/ReportFilters';
import { useReportFilters } from '../reports/useReportFilters';
import { StatCard } from './StatCard';
import { currenciesOf, moneySeries, trafficSeries } from './dashboardSeries';
import { useDashboard } from './useDashboard';

const count = (n: number | undefined) => (n ?? 0).toLocaleString('en-US');

/** The console's home: how the program did in a period, what is owed and paid, who sells most. */
export function DashboardPage() {
  const { filters, update } = useReportFilters();
  const { dashboard, loading, error } = useDashboard({
    from: filters.from,
    to: filters.to,
    programId: filters.programId,
  });
  const days = dashboard?.days ?? [];
  const currencies = currenciesOf(days);
  const [picked, setPicked] = useState<string | null>(null);
  const currency = picked && currencies.includes(picked) ? picked : (currencies[0] ?? null);
  const exponent = currency && isKnownCurrency(currency) ? currencyExponent(currency) : 2;
  const rate = dashboard?.conversionRate;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          dashboard
            ? `${dashboard.period.from} to ${dashboard.period.to}, days in ${dashboard.period.timeZone}`
            : 'How your partners are doing'
        }
      />
      <ReportFilters value={filters} onChange={update} partnerFilters={false} />
      {error && (
        <Alert color="red" title="The dashboard could not be loaded" mb="md">
          {problemOf(error).message}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md">
        <StatCard
          label="Clicks"
          value={count(dashboard?.clicks)}
          hint={`${count(dashboard?.uniqueClicks)} unique`}
        />
        <StatCard label="Leads" value={count(dashboard?.leads)} />
        <StatCard
          label="Sales"
          value={count(dashboard?.sales)}
          hint={rate != null ? `${(rate * 100).toFixed(1)} % of unique clicks` : 'No clicks yet'}
        />
        <StatCard label="Revenue" value={<MoneyList amounts={dashboard?.revenue ?? []} />} />
        <StatCard
          label="Commissions earned"
          value={<MoneyList amounts={dashboard?.commissionsEarned ?? []} />}
        />
        <StatCard
          label="Owed now"
          value={<MoneyList amounts={dashboard?.owed ?? []} />}
          hint="Payable: hold over, not flagged"
        />
        <StatCard label="Paid" value={<MoneyList amounts={dashboard?.paid ?? []} />} hint="In this period" />
        <StatCard
          label="Conversion rate"
          value={rate != null ? `${(rate * 100).toFixed(1)} %` : '–'}
          hint="Sales ÷ unique clicks"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mb="md">
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            Traffic per day
          </Title>
          <div role="img" aria-label="Clicks, unique clicks, leads and sales per day">
            <LineChart
              h={240}
              data={trafficSeries(days)}
              dataKey="day"
              curveType="linear"
              withDots={false}
              lineProps={{ isAnimationActive: false }}
              series={[
                { name: 'Clicks', color: 'teal.9' },
                { name: 'Unique', color: 'cyan.8' },
                { name: 'Leads', color: 'grape.8' },
                { name: 'Sales', color: 'orange.8' },
              ]}
              withLegend
            />
          </div>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h5">
              Revenue and commissions per day
            </Title>
            {currencies.length > 1 && (
              <SegmentedControl
                size="xs"
                aria-label="Currency"
                data={currencies}
                value={currency ?? ''}
                onChange={setPicked}
              />
            )}
          </Group>
          {currency ? (
            <div role="img" aria-label={`Revenue and commissions per day in ${currency}`}>
              <BarChart
                h={240}
                data={moneySeries(days, currency, exponent)}
                dataKey="day"
                barProps={{ isAnimationActive: false }}
                series={[
                  { name: 'Revenue', color: 'teal.9', label: `Revenue (${currency})` },
                  { name: 'Commissions', color: 'orange.8', label: `Commissions (${currency})` },
                ]}
                withLegend
              />
            </div>
          ) : (
            <Stack h={240} justify="center" align="center">
              <Text c="dimmed" size="sm">
                {loading ? 'Loading…' : 'No sales in this period.'}
              </Text>
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      <Title order={3} size="h5" mb="sm">
        Top partners
      </Title>
      <DataTable
        label="Top partners"
        columns={[
          {
            key: 'partner',
            header: 'Partner',
            render: (row) => (
              <Anchor component={Link} to={`/partners/${row.partner.id}`} size="sm" fw={500}>
                {row.partner.code}
              </Anchor>
            ),
          },
          { key: 'name', header: 'Name', render: (row) => row.partner.name },
          { key: 'sales', header: 'Sales', align: 'right', render: (row) => count(row.sales) },
          {
            key: 'revenue',
            header: 'Revenue',
            align: 'right',
            render: (row) => <MoneyList amounts={row.revenue} />,
          },
          {
            key: 'commissions',
            header: 'Commissions',
            align: 'right',
            render: (row) => <MoneyList amounts={row.commissions} />,
          },
        ]}
        rows={dashboard?.topPartners ?? []}
        rowKey={(row) => row.partner.id}
        loading={loading}
        emptyText="No sales in this period."
      />
      <Group justify="flex-end" mt="sm">
        <Anchor component={Link} to="/reports?tab=activity" size="sm">
          Open the activity report
        </Anchor>
      </Group>
    </>
  );
}
