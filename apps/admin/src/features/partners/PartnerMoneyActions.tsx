import { Button, Group, NativeSelect, Paper, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { parseMoney } from '@partnerkit/domain';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { PayoutMethod } from '../../gql/graphql';
import { PAYOUT_METHOD_OPTIONS } from '../payouts/payoutText';
import { usePartnerMoney } from './usePartnerMoney';

const FIELDS = ['amountMinor', 'currency', 'reason', 'reference', 'method'] as const;

/** Record a payment made outside a batch, or add a +/- adjustment with a reason, from a partner's page. */
export function PartnerMoneyActions({ partnerId, currencies }: { partnerId: string; currencies: string[] }) {
  const [mode, setMode] = useState<'payment' | 'adjustment'>('payment');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(currencies[0] ?? 'USD');
  const [method, setMethod] = useState<PayoutMethod>('BANK_TRANSFER' as PayoutMethod);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const { recordPayment, addAdjustment, busy } = usePartnerMoney(partnerId);
  const { fieldErrors, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const amountMinor = parseMoney(amount.trim() || '0', currency, 'amountMinor').amountMinor.toString();
      if (mode === 'payment') {
        const paid = await recordPayment({
          amountMinor,
          currency,
          method,
          reference: reference.trim() || null,
        });
        notifySuccess(`Payment of ${paid.total.formatted} recorded.`);
      } else {
        const entry = await addAdjustment({ amountMinor, currency, reason });
        notifySuccess(`Adjustment of ${entry.amount.formatted} added.`);
      }
      setAmount('');
      setReference('');
      setReason('');
    } catch (error) {
      // The API's coded errors and parseMoney's (field `amountMinor`) show at their field.
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="partner-money">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} id="partner-money">
            Pay or adjust
          </Title>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as 'payment' | 'adjustment')}
            data={[
              { value: 'payment', label: 'Record payment' },
              { value: 'adjustment', label: 'Adjustment' },
            ]}
          />
          <Group grow align="flex-start">
            <TextInput
              label={mode === 'payment' ? 'Amount paid' : 'Amount (+/-)'}
              description={mode === 'payment' ? 'At most the payable balance' : 'e.g. 5.00 or -2.50'}
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={fieldErrors.amountMinor}
            />
            <TextInput
              label="Currency"
              value={currency}
              onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
              error={fieldErrors.currency}
              maw={100}
            />
          </Group>
          {mode === 'payment' ? (
            <Stack gap="sm">
              <NativeSelect
                label="Method"
                data={PAYOUT_METHOD_OPTIONS.map((option) => ({ ...option }))}
                value={method}
                onChange={(event) => setMethod(event.currentTarget.value as PayoutMethod)}
              />
              <TextInput
                label="Reference"
                placeholder="e.g. check 1042"
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                error={fieldErrors.reference}
              />
            </Stack>
          ) : (
            <TextInput
              label="Reason"
              description="Required; the partner sees it."
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={fieldErrors.reason}
            />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {mode === 'payment' ? 'Record payment' : 'Add adjustment'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
