import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { PartnerDetailFieldsFragment, PayoutMethod } from '../../gql/graphql';
import { ProgramMultiSelect } from '../programs/ProgramMultiSelect';
import { changedPartnerInput, partnerEditValuesOf, type PartnerEditValues } from './partnerEditValues';
import { PartnerStatusSelect } from './PartnerStatusSelect';
import { useUpdatePartner } from './useUpdatePartner';

const FIELDS = [
  'name',
  'email',
  'status',
  'parentCode',
  'programIds',
  'cookieWindowDays',
  'payoutMethod',
  'payoutDestination',
  'password',
] as const;
type Field = (typeof FIELDS)[number];

const PAYOUT_METHODS: { value: PayoutMethod | ''; label: string }[] = [
  { value: '', label: 'Not set' },
  { value: 'PAYPAL', label: 'PayPal' },
  { value: 'BANK_TRANSFER', label: 'Bank transfer' },
  { value: 'CHECK', label: 'Check' },
  { value: 'OTHER', label: 'Other' },
];

/** Edits a partner. Starts from the saved values; remount (key) it to start over from new saved values. */
export function PartnerEditForm({ partner }: { partner: PartnerDetailFieldsFragment }) {
  const [values, setValues] = useState<PartnerEditValues>(() => partnerEditValuesOf(partner));
  const { updatePartner, saving } = useUpdatePartner();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors<Field>(FIELDS);

  function set<K extends Field>(field: K, value: PartnerEditValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const saved = await updatePartner(
        partner.id,
        changedPartnerInput(partnerEditValuesOf(partner), values),
      );
      notifySuccess(`Partner ${saved.name} saved.`);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Code"
              value={partner.code}
              readOnly
              variant="filled"
              description="A partner's code never changes."
            />
            <PartnerStatusSelect
              current={partner.status}
              value={values.status}
              onChange={(status) => set('status', status)}
              error={fieldErrors.status}
            />
            <TextInput
              label="Name"
              required
              withAsterisk={false}
              value={values.name}
              onChange={(event) => set('name', event.currentTarget.value)}
              error={fieldErrors.name}
            />
            <TextInput
              label="Email"
              type="email"
              required
              withAsterisk={false}
              value={values.email}
              onChange={(event) => set('email', event.currentTarget.value)}
              error={fieldErrors.email}
            />
            <TextInput
              label="Parent partner code"
              description="Empty for none."
              value={values.parentCode}
              onChange={(event) => set('parentCode', event.currentTarget.value)}
              error={fieldErrors.parentCode}
              autoComplete="off"
            />
            <NumberInput
              label="Cookie window override (days)"
              description="Empty to use the programs' cookie window."
              min={1}
              max={3650}
              allowDecimal={false}
              value={values.cookieWindowDays}
              onChange={(value) => set('cookieWindowDays', typeof value === 'number' ? value : '')}
              error={fieldErrors.cookieWindowDays}
            />
          </SimpleGrid>
          <ProgramMultiSelect
            value={values.programIds}
            onChange={(programIds) => set('programIds', programIds)}
            error={fieldErrors.programIds}
          />
          <Title order={4} mt="sm">
            Payout
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Payout method"
              data={PAYOUT_METHODS}
              value={values.payoutMethod}
              onChange={(event) => set('payoutMethod', event.currentTarget.value as PayoutMethod | '')}
              error={fieldErrors.payoutMethod}
            />
            <TextInput
              label="Payout destination"
              description="For example a PayPal email."
              value={values.payoutDestination}
              onChange={(event) => set('payoutDestination', event.currentTarget.value)}
              error={fieldErrors.payoutDestination}
            />
            <PasswordInput
              label="New portal password"
              description="Optional. Sets a new password for the partner portal."
              value={values.password}
              onChange={(event) => set('password', event.currentTarget.value)}
              error={fieldErrors.password}
              autoComplete="new-password"
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
