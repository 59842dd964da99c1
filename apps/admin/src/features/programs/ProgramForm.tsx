import {
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { AttributionMode, PayoutTiming, UnusedLevelShare } from '../../gql/graphql';
import { PROGRAM_FORM_FIELDS, type ProgramFormField, type ProgramFormValues } from './programFormValues';
import { ruleErrorFields, signupErrorFields } from './ruleFormValues';
import { RulesEditor } from './RulesEditor';
import { SignupSettings } from './SignupSettings';

const ATTRIBUTION_MODES: { value: AttributionMode; label: string }[] = [
  { value: 'FIRST', label: 'First referrer' },
  { value: 'LAST', label: 'Last referrer' },
  { value: 'SPLIT', label: 'Split between referrers' },
];

const TIMINGS: { value: PayoutTiming; label: string }[] = [
  { value: 'UPFRONT', label: 'Upfront, when the order is recorded' },
  { value: 'ON_PAYMENT', label: 'On payment, in proportion to each payment' },
];

const UNUSED_LEVEL_SHARES: { value: UnusedLevelShare; label: string }[] = [
  { value: 'NOT_PAID', label: 'Not paid' },
  { value: 'ROLL_DOWN_TO_LEVEL_1', label: 'Rolled down to level 1' },
];

type NumberField =
  | 'priority'
  | 'cookieWindowDays'
  | 'levels'
  | 'holdDays'
  | 'ipWindowMinutes'
  | 'splitFirstBps'
  | 'splitMiddleBps'
  | 'splitLastBps';

const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export interface ProgramFormProps {
  initialValues: ProgramFormValues;
  /** "Create program" or "Save". */
  submitLabel: string;
  /** Saves; a rejected promise (an API error) is shown next to its field or as a notification. */
  onSubmit: (values: ProgramFormValues) => Promise<void>;
  busy: boolean;
  /** Shown under the form with its current values, e.g. the "what if" preview of an edit. */
  renderPreview?: (form: ProgramFormState) => ReactNode;
}

/** What a section under the form may use: the edited values and the form's error display. */
export interface ProgramFormState {
  values: ProgramFormValues;
  /** Shows an API error next to its field (as Save does) or as a notification. */
  showError: (error: unknown) => void;
  clearFieldErrors: () => void;
}

/** Every setting of a commission program. */
export function ProgramForm({ initialValues, submitLabel, onSubmit, busy, renderPreview }: ProgramFormProps) {
  const [values, setValues] = useState(initialValues);
  const errorFields = useMemo(
    () => [
      ...PROGRAM_FORM_FIELDS,
      ...ruleErrorFields(values.rules.length),
      ...signupErrorFields(values.signupFields.length),
    ],
    [values.rules.length, values.signupFields.length],
  );
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } =
    useFormErrors<ProgramFormField>(errorFields);

  function set<K extends keyof ProgramFormValues>(field: K, value: ProgramFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (field === 'minimumPayout') clearFieldError('minimumPayoutMinor');
    if (field.startsWith('split')) clearFieldError('splitWeights');
    else clearFieldError(field as ProgramFormField);
  }

  function setNumber(field: NumberField, value: string | number) {
    set(field, typeof value === 'number' ? value : '');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await onSubmit(values);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Stack maw={1000}>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Name"
                required
                withAsterisk={false}
                value={values.name}
                onChange={(event) => set('name', event.currentTarget.value)}
                error={fieldErrors.name}
              />
              <TextInput
                label="Currency"
                description="ISO 4217 code, e.g. USD."
                required
                withAsterisk={false}
                maxLength={3}
                value={values.currency}
                onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
                error={fieldErrors.currency}
              />
              <TextInput
                label="Minimum payout"
                description="Decimal amount in the currency, e.g. 50.00."
                inputMode="decimal"
                value={values.minimumPayout}
                onChange={(event) => set('minimumPayout', event.currentTarget.value)}
                error={fieldErrors.minimumPayout ?? fieldErrors.minimumPayoutMinor}
              />
              <NumberInput
                label="Priority"
                description="Lower number wins when two programs of one partner cover one product."
                allowDecimal={false}
                value={values.priority}
                onChange={(value) => setNumber('priority', value)}
                error={fieldErrors.priority}
              />
              <NativeSelect
                label="Attribution mode"
                description="Which referring partner gets the credit."
                data={ATTRIBUTION_MODES}
                value={values.attributionMode}
                onChange={(event) => set('attributionMode', event.currentTarget.value as AttributionMode)}
                error={fieldErrors.attributionMode}
              />
              <NumberInput
                label="Levels"
                description="Paid levels, 1 to 10 (2 pays the partner and their parent)."
                min={1}
                max={10}
                allowDecimal={false}
                value={values.levels}
                onChange={(value) => setNumber('levels', value)}
                error={fieldErrors.levels}
              />
              <NumberInput
                label="Cookie window (days)"
                description="How long after a click a sale is credited."
                min={1}
                allowDecimal={false}
                value={values.cookieWindowDays}
                onChange={(value) => setNumber('cookieWindowDays', value)}
                error={fieldErrors.cookieWindowDays}
              />
              <NumberInput
                label="Hold days"
                description="Commissions become payable after this many days."
                min={0}
                allowDecimal={false}
                value={values.holdDays}
                onChange={(value) => setNumber('holdDays', value)}
                error={fieldErrors.holdDays}
              />
              <Autocomplete
                label="Time zone"
                description="IANA time zone for day boundaries in reports."
                data={TIME_ZONES}
                limit={20}
                value={values.timeZone}
                onChange={(value) => set('timeZone', value)}
                error={fieldErrors.timeZone}
              />
              <NumberInput
                label="IP window (minutes)"
                description="Credit a visitor's purchase by IP address within this many minutes. Empty or 0: off."
                min={0}
                allowDecimal={false}
                value={values.ipWindowMinutes}
                onChange={(value) => setNumber('ipWindowMinutes', value)}
                error={fieldErrors.ipWindowMinutes}
              />
              <NativeSelect
                label="Payout timing"
                description="When commissions are credited."
                data={TIMINGS}
                value={values.timing}
                onChange={(event) => set('timing', event.currentTarget.value as PayoutTiming)}
                error={fieldErrors.timing}
              />
              <NativeSelect
                label="Share of unfilled tiers"
                description="What happens to the share of levels a partner chain does not fill."
                data={UNUSED_LEVEL_SHARES}
                value={values.unusedLevelShare}
                onChange={(event) => set('unusedLevelShare', event.currentTarget.value as UnusedLevelShare)}
                error={fieldErrors.unusedLevelShare}
              />
            </SimpleGrid>
            {values.attributionMode === 'SPLIT' && (
              <Fieldset legend="Split between referring partners (basis points, 10000 = 100%)">
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <NumberInput
                    label="First partner (bps)"
                    min={0}
                    max={10000}
                    allowDecimal={false}
                    value={values.splitFirstBps}
                    onChange={(value) => setNumber('splitFirstBps', value)}
                    error={fieldErrors.splitWeights}
                  />
                  <NumberInput
                    label="Middle partners (bps)"
                    min={0}
                    max={10000}
                    allowDecimal={false}
                    value={values.splitMiddleBps}
                    onChange={(value) => setNumber('splitMiddleBps', value)}
                  />
                  <NumberInput
                    label="Last partner (bps)"
                    min={0}
                    max={10000}
                    allowDecimal={false}
                    value={values.splitLastBps}
                    onChange={(value) => setNumber('splitLastBps', value)}
                  />
                </SimpleGrid>
              </Fieldset>
            )}
            <Textarea
              label="Notes"
              description="Shown to partners in the portal."
              autosize
              minRows={3}
              value={values.notes}
              onChange={(event) => set('notes', event.currentTarget.value)}
              error={fieldErrors.notes}
            />
            <Checkbox
              label="Permanent referral: a customer stays with the partner who referred them first"
              checked={values.permanentReferral}
              onChange={(event) => set('permanentReferral', event.currentTarget.checked)}
              error={fieldErrors.permanentReferral}
            />
            <RulesEditor
              rules={values.rules}
              levels={values.levels === '' ? 1 : Math.min(Math.max(values.levels, 1), 10)}
              currency={values.currency}
              onChange={(rules) => setValues((current) => ({ ...current, rules }))}
              errors={fieldErrors}
              onEdited={clearFieldError}
            />
            <SignupSettings
              value={values}
              onChange={(change) => setValues((current) => ({ ...current, ...change }))}
              errors={fieldErrors}
              onEdited={clearFieldError}
            />
            <Checkbox
              label="Auto-approve new signups"
              checked={values.autoApprove}
              onChange={(event) => set('autoApprove', event.currentTarget.checked)}
              error={fieldErrors.autoApprove}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {renderPreview?.({ values, showError, clearFieldErrors })}
    </Stack>
  );
}
