import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { formatMoney, moneyOf } from '@partnerkit/domain';
import { MoneyText, notifyError, notifySuccess, problemOf, TableScrollRegion } from '@partnerkit/ui';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PayoutMethod } from '../../gql/graphql';
import { useProgramOptions } from '../programs/useProgramOptions';
import { PAYOUT_METHOD_OPTIONS, payoutMethodLabel, readinessOf } from './payoutText';
import { useCreatePayoutBatch } from './useCreatePayoutBatch';
import { usePayoutPreview } from './usePayoutPreview';

/**
 * The payout preview (who is payable in the chosen currency, who is below the minimum, flagged or without
 * payout details) and the form that pays the selected READY partners as one batch.
 */
export function PayoutPreviewPanel() {
  const [programId, setProgramId] = useState<string | null>(null);
  const [chosenCurrency, setCurrency] = useState<string | null>(null);
  const { options: programOptions } = useProgramOptions();
  const { rows: all, loading, error } = usePayoutPreview(null, programId);
  const currencies = useMemo(() => [...new Set(all.map((row) => row.currency))].sort(), [all]);
  const currency =
    chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : (currencies[0] ?? null);
  const rows = all.filter((row) => row.currency === currency);
  const ready = rows.filter((row) => row.readiness === 'READY');
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const selected = ready.filter((row) => !excluded.has(row.partner.id));
  const total = selected.reduce((sum, row) => sum + BigInt(row.payable.amountMinor), 0n);
  const [method, setMethod] = useState<PayoutMethod>('PAYPAL' as PayoutMethod);
  const [reference, setReference] = useState('');
  const { createBatch, creating } = useCreatePayoutBatch();
  const navigate = useNavigate();

  async function pay() {
    if (!currency) return;
    try {
      const result = await createBatch({
        currency,
        method,
        reference: reference.trim() || null,
        partnerIds: selected.map((row) => row.partner.id),
      });
      notifySuccess(
        `Batch paid: ${result.batch.paymentCount} payment${result.batch.paymentCount === 1 ? '' : 's'}, ${result.batch.total.formatted}.`,
      );
      setReference('');
      setExcluded(new Set());
      void navigate(`/payouts/${result.batch.id}`);
    } catch (problem) {
      notifyError(problem);
    }
  }

  const toggle = (id: string, on: boolean) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="payout-preview">
      <Stack>
        <Title order={3} id="payout-preview">
          Payout preview
        </Title>
        {error && (
          <Alert color="red" title="The preview could not be loaded">
            {problemOf(error).message}
          </Alert>
        )}
        <Group align="flex-end">
          <NativeSelect
            label="Currency"
            data={currencies.length ? currencies : ['—']}
            value={currency ?? '—'}
            onChange={(event) => setCurrency(event.currentTarget.value)}
            w={120}
          />
          <NativeSelect
            label="Program"
            data={[{ value: '', label: 'All programs' }, ...programOptions]}
            value={programId ?? ''}
            onChange={(event) => setProgramId(event.currentTarget.value || null)}
            w={{ base: '100%', xs: 240 }}
          />
        </Group>
        <TableScrollRegion label="Payout preview" minWidth={860}>
          <Table aria-label="Payout preview" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Checkbox
                    aria-label="Select all ready partners"
                    checked={ready.length > 0 && selected.length === ready.length}
                    indeterminate={selected.length > 0 && selected.length < ready.length}
                    disabled={ready.length === 0}
                    onChange={(event) =>
                      setExcluded(
                        event.currentTarget.checked ? new Set() : new Set(ready.map((r) => r.partner.id)),
                      )
                    }
                  />
                </Table.Th>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Payout details</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Payable</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Pending</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Flagged</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Minimum</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const status = readinessOf(row.readiness);
                return (
                  <Table.Tr
                    key={`${row.partner.id}-${row.currency}`}
                    data-testid={`preview-${row.partner.code}`}
                  >
                    <Table.Td>
                      <Checkbox
                        aria-label={`Pay ${row.partner.code}`}
                        disabled={row.readiness !== 'READY'}
                        checked={row.readiness === 'READY' && !excluded.has(row.partner.id)}
                        onChange={(event) => toggle(row.partner.id, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${row.partner.id}`} size="sm" fw={500}>
                        {row.partner.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {row.partner.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{payoutMethodLabel(row.partner.payoutMethod)}</Text>
                      <Text size="xs" c="dimmed">
                        {row.partner.payoutDestination || 'No destination'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      <MoneyText money={row.payable} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      <MoneyText money={row.pending} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      <MoneyText money={row.flagged} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      <MoneyText money={row.minimumPayout} />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={status.color} variant="light">
                        {status.label}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScrollRegion>
        {rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center">
            {loading ? 'Loading…' : 'Nobody has a balance to pay.'}
          </Text>
        )}
        <Group align="flex-end">
          <NativeSelect
            label="Method"
            data={PAYOUT_METHOD_OPTIONS.map((option) => ({ ...option }))}
            value={method}
            onChange={(event) => setMethod(event.currentTarget.value as PayoutMethod)}
            w={180}
          />
          <TextInput
            label="Reference (optional)"
            description="e.g. the PayPal payout batch id"
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button disabled={selected.length === 0 || !currency} loading={creating} onClick={() => void pay()}>
            {selected.length === 0 || !currency
              ? 'Nobody selected'
              : `Pay ${selected.length} partner${selected.length === 1 ? '' : 's'} (${formatMoney(moneyOf(total, currency))})`}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
