import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, DateTimeText, MoneyText, notifyError, PageHeader } from '@partnerkit/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PayoutBatchQuery } from '../../gql/graphql';
import { RecordRoute } from '../session/RecordRoute';
import { downloadText } from './downloadText';
import { payoutMethodLabel } from './payoutText';
import { usePayoutBatch } from './usePayoutBatch';

type Batch = NonNullable<PayoutBatchQuery['payoutBatch']>;

/** One payout batch: totals, payments and the downloads (generic CSV, PayPal Payouts files). */
export function PayoutBatchPage() {
  return (
    <RecordRoute useRecord={usePayoutBatchRecord} noun="batch" list={{ path: '/payouts', label: 'Payouts' }}>
      {(batch) => <BatchDetails batch={batch} />}
    </RecordRoute>
  );
}

function usePayoutBatchRecord(id: string) {
  return usePayoutBatch(id);
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </Stack>
  );
}

function BatchDetails({ batch }: { batch: Batch }) {
  const { files } = usePayoutBatch(batch.id);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(which: 'csv' | 'paypal') {
    setBusy(which);
    try {
      const result = await files();
      if (which === 'csv') downloadText(result.paymentsCsv.name, result.paymentsCsv.content);
      else for (const file of result.paypalFiles) downloadText(file.name, file.content);
    } catch (problem) {
      notifyError(problem);
    } finally {
      setBusy(null);
    }
  }

  const live = batch.payments.filter((payment) => !payment.voided).length;
  return (
    <>
      <PageHeader
        title={`${batch.kind === 'BATCH' ? 'Payout batch' : 'Single payment'} of ${batch.total.formatted}`}
        description={`${batch.paymentCount} payment${batch.paymentCount === 1 ? '' : 's'} in ${batch.currency} by ${payoutMethodLabel(batch.method)}.`}
        actions={
          <Group>
            <Button variant="default" loading={busy === 'csv'} onClick={() => void download('csv')}>
              Download CSV
            </Button>
            <Button loading={busy === 'paypal'} disabled={live === 0} onClick={() => void download('paypal')}>
              {live > 5000 ? `Download PayPal files (${Math.ceil(live / 5000)})` : 'Download PayPal file'}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Fact label="Paid">
              <DateTimeText value={batch.paidAt} withTime />
            </Fact>
            <Fact label="Method">{payoutMethodLabel(batch.method)}</Fact>
            <Fact label="Reference">{batch.reference ?? '—'}</Fact>
            <Fact label="Total">
              <MoneyText money={batch.total} />
            </Fact>
            <Fact label="By">{batch.adminName ?? '—'}</Fact>
          </SimpleGrid>
        </Paper>
        <Stack gap="sm" component="section" aria-labelledby="batch-payments">
          <Title order={3} id="batch-payments">
            Payments
          </Title>
          <DataTable
            label="Payments"
            rows={batch.payments}
            rowKey={(payment) => payment.entry.id}
            emptyText="No payments."
            columns={[
              {
                key: 'partner',
                header: 'Partner',
                render: (p) => (
                  <Anchor component={Link} to={`/partners/${p.partner.id}`} size="sm">
                    {p.partner.name} ({p.partner.code})
                  </Anchor>
                ),
              },
              {
                key: 'destination',
                header: 'Payout details',
                render: (p) =>
                  `${payoutMethodLabel(p.partner.payoutMethod)} · ${p.partner.payoutDestination ?? p.partner.email}`,
              },
              {
                key: 'amount',
                header: 'Amount',
                align: 'right',
                render: (p) => <MoneyText money={p.amount} />,
              },
              {
                key: 'status',
                header: 'Status',
                render: (p) =>
                  p.voided ? (
                    <Badge color="red" variant="light">
                      Voided
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light">
                      Paid
                    </Badge>
                  ),
              },
            ]}
          />
        </Stack>
      </Stack>
    </>
  );
}
