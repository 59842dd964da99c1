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
import { isValidPartnerCode } from '@partnerkit/domain';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { PartnerDetailFieldsFragment, PayoutMethod } from '../../gql/graphql';
import { ProgramMultiSelect } from '../programs/ProgramMultiSelect';
import { NEW_PARTNER_VALUES, partnerFormValuesOf, type PartnerFormValues } from './partnerFormValues';
import { PartnerStatusSelect } from './PartnerStatusSelect';
import { useSavePartner } from './useSavePartner';

const FIELDS = [
  'code',
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

const CODE_RULE = '4 to 32 of a-z, 0-9, "-" or "_", starting with a letter.';

const PAYOUT_METHODS: { value: PayoutMethod | ''; label: string }[] = [
  { value: '', label: 'Not set' },
  { value: 'PAYPAL', label: 'PayPal' },
  { value: 'BANK_TRANSFER', label: 'Bank transfer' },
  { value: 'CHECK', label: 'Check' },
  { value: 'OTHER', label: 'Other' },
];

export interface PartnerFormProps {
  /** The partner to edit; none: enroll a new one. Remount (key) to start over from newly saved values. */
  partner?: PartnerDetailFieldsFragment;
  /** Called with the partner as saved (created or updated). */
  onSaved: (partner: PartnerDetailFieldsFragment) => void;
}

/**
 * Enrolls a partner or edits one; the API's field errors appear next to their fields. A partner's code is
 * chosen once; the cookie window and payout details are set once the partner exists.
 */
export function PartnerForm({ partner, onSaved }: PartnerFormProps) {
  const [values, setValues] = useState<PartnerFormValues>(() =>
    partner ? partnerFormValuesOf(partner) : NEW_PARTNER_VALUES,
  );
  const { savePartner, saving } = useSavePartner(partner);
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors<Field>(FIELDS);

  function set<K extends Field>(field: K, value: PartnerFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
  }

  const codeHint = values.code && !isValidPartnerCode(values.code) ? `A code is ${CODE_RULE}` : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      onSaved(await savePartner(values));
    } catch (error) {
      showError(error);
    }
  }

  const password = (
    <PasswordInput
      label={partner ? 'New portal password' : 'Portal password'}
      description={
        partner
          ? 'Optional. Sets a new password for the partner portal.'
          : 'Optional. Gives the partner access to the partner portal.'
      }
      value={values.password}
      onChange={(event) => set('password', event.currentTarget.value)}
      error={fieldErrors.password}
      autoComplete="new-password"
    />
  );

  return (
    <Paper withBorder p="lg" maw={partner ? undefined : 720}>
      <form onSubmit={submit} noValidate aria-label={partner ? 'Edit partner' : 'New partner'}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {partner ? (
              <TextInput
                label="Code"
                value={partner.code}
                readOnly
                variant="filled"
                description="A partner's code never changes."
              />
            ) : (
              <TextInput
                label="Code"
                description={`Appears in tracking links. ${CODE_RULE}`}
                required
                withAsterisk={false}
                value={values.code}
                onChange={(event) => set('code', event.currentTarget.value)}
                error={fieldErrors.code ?? codeHint}
                autoComplete="off"
              />
            )}
            <PartnerStatusSelect
              current={partner?.status}
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
              description="The partner who recruited this one (earns on their sales in tiered programs). Empty for none."
              value={values.parentCode}
              onChange={(event) => set('parentCode', event.currentTarget.value)}
              error={fieldErrors.parentCode}
              autoComplete="off"
            />
            {partner ? (
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
            ) : (
              password
            )}
          </SimpleGrid>
          <ProgramMultiSelect
            value={values.programIds}
            onChange={(programIds) => set('programIds', programIds)}
            error={fieldErrors.programIds}
          />
          {partner && (
            <>
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
                {password}
              </SimpleGrid>
            </>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {partner ? 'Save' : 'Create partner'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
