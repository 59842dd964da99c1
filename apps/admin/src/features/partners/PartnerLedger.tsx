import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  DataTable,
  DateTimeText,
  LoadMoreFooter,
  MoneyText,
  notifyError,
  notifySuccess,
  problemOf,
} from '@partnerkit/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PartnerLedgerQuery } from '../../gql/graphql';
import { payoutMethodLabel } from '../payouts/payoutText';
import { ledgerCauseText } from './ledgerCause';
import { usePartnerLedger } from './usePartnerLedger';
import { usePartnerMoney } from './usePartnerMoney';

type Entry = PartnerLedgerQuery['ledgerEntries']['nodes'][number];

const isVoidable = (entry: Entry) =>
  entry.kind === 'PAYMENT' &&
  !entry.voided &&
  entry.cause.kind === 'PAYOUT' &&
  entry.amount.amountMinor.startsWith('-');

/** A partner's ledger: every entry with its cause (linked), payments voidable once. */
export function PartnerLedger({ partnerId }: { partnerId: string }) {
  const ledger = usePartnerLedger(partnerId);
  const { voidPayment, busy } = usePartnerMoney(partnerId);
  const [voiding, setVoiding] = useState<Entry | null>(null);
  const [reason, setReason] = useState('');

  async function confirmVoid() {
    if (!voiding) return;
    try {
      await voidPayment(voiding.id, reason);
      notifySuccess(`Payment of ${voiding.amount.formatted.replace('-', '')} voided.`);
      setVoiding(null);
      setReason('');
    } catch (problem) {
      notifyError(problem);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="partner-ledger">
      <Title order={3} id="partner-ledger">
        Ledger
      </Title>
      {ledger.error && (
        <Alert color="red" title="The ledger could not be loaded">
          {problemOf(ledger.error).message}
        </Alert>
      )}
      <DataTable
        label="Ledger"
        rows={ledger.nodes}
        rowKey={(entry) => entry.id}
        loading={ledger.loading && ledger.nodes.length === 0}
        emptyText="No ledger entries yet."
        columns={[
          { key: 'at', header: 'Date', render: (e) => <DateTimeText value={e.effectiveAt} withTime /> },
          { key: 'kind', header: 'Kind', render: (e) => e.kind.charAt(0) + e.kind.slice(1).toLowerCase() },
          {
            key: 'cause',
            header: 'Cause',
            render: (e) => (
              <Stack gap={0}>
                <Text size="sm">{ledgerCauseText(e.cause)}</Text>
                {e.cause.payoutBatchId && (
                  <Anchor component={Link} to={`/payouts/${e.cause.payoutBatchId}`} size="xs">
                    {payoutMethodLabel(e.method)}
                    {e.reference ? ` · ${e.reference}` : ''} · open batch
                  </Anchor>
                )}
                {e.cause.commissionId && (
                  <Text size="xs" c="dimmed">
                    Commission {e.cause.commissionId.slice(0, 24)}
                  </Text>
                )}
              </Stack>
            ),
          },
          { key: 'amount', header: 'Amount', align: 'right', render: (e) => <MoneyText money={e.amount} /> },
          {
            key: 'actions',
            header: '',
            align: 'right',
            render: (e) =>
              e.voided ? (
                <Badge color="red" variant="light">
                  Voided
                </Badge>
              ) : isVoidable(e) ? (
                <Button size="xs" variant="light" color="red" onClick={() => setVoiding(e)}>
                  Void
                </Button>
              ) : null,
          },
        ]}
      />
      <LoadMoreFooter
        shown={ledger.nodes.length}
        total={ledger.totalCount}
        hasMore={ledger.hasNextPage}
        loading={ledger.loading}
        onLoadMore={() => void ledger.loadMore()}
      />
      <Modal opened={voiding !== null} onClose={() => setVoiding(null)} title="Void this payment?">
        <Stack>
          <Text size="sm">
            A reversing entry of {voiding?.amount.formatted.replace('-', '')} is added and the commissions it
            paid are payable again. A payment is voided once.
          </Text>
          <Textarea
            label="Reason"
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            placeholder="e.g. returned by PayPal"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setVoiding(null)}>
              Cancel
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirmVoid()}>
              Void payment
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
