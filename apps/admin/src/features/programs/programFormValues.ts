import { isKnownCurrency, moneyOf, moneyToDecimalString } from '@partnerkit/domain';
import type { AttributionMode, CreateProgramInput, ProgramFieldsFragment } from '../../gql/graphql';

/** What the program form edits; numbers are '' while their field is empty. */
export interface ProgramFormValues {
  name: string;
  notes: string;
  priority: number | '';
  currency: string;
  cookieWindowDays: number | '';
  attributionMode: AttributionMode;
  levels: number | '';
  holdDays: number | '';
  minimumPayout: string;
  timeZone: string;
  autoApprove: boolean;
}

export const PROGRAM_FORM_FIELDS = [
  'name',
  'notes',
  'priority',
  'currency',
  'cookieWindowDays',
  'attributionMode',
  'levels',
  'holdDays',
  'minimumPayout',
  'timeZone',
  'autoApprove',
] as const;
export type ProgramFormField = (typeof PROGRAM_FORM_FIELDS)[number];

/** The API's defaults for a new program. */
export const NEW_PROGRAM_VALUES: ProgramFormValues = {
  name: '',
  notes: '',
  priority: 100,
  currency: 'USD',
  cookieWindowDays: 30,
  attributionMode: 'LAST',
  levels: 2,
  holdDays: 30,
  minimumPayout: '0',
  timeZone: 'UTC',
  autoApprove: false,
};

/** "5000" minor units of USD -> "50.00" (the form edits decimals, as the API takes them). */
export function minimumPayoutDecimal(money: ProgramFieldsFragment['minimumPayout']): string {
  return isKnownCurrency(money.currency)
    ? moneyToDecimalString(moneyOf(money.amountMinor, money.currency))
    : money.amountMinor;
}

export function programFormValuesOf(program: ProgramFieldsFragment): ProgramFormValues {
  return {
    name: program.name,
    notes: program.notes,
    priority: program.priority,
    currency: program.currency,
    cookieWindowDays: program.cookieWindowDays,
    attributionMode: program.attributionMode,
    levels: program.levels,
    holdDays: program.holdDays,
    minimumPayout: minimumPayoutDecimal(program.minimumPayout),
    timeZone: program.timeZone,
    autoApprove: program.autoApprove,
  };
}

/** The input of createProgram / updateProgram; empty number fields are left out (server default or unchanged). */
export function programInputOf(values: ProgramFormValues): CreateProgramInput {
  const input: CreateProgramInput = {
    name: values.name.trim(),
    notes: values.notes,
    currency: values.currency.trim().toUpperCase(),
    attributionMode: values.attributionMode,
    minimumPayout: values.minimumPayout.trim(),
    timeZone: values.timeZone.trim(),
    autoApprove: values.autoApprove,
  };
  if (values.priority !== '') input.priority = values.priority;
  if (values.cookieWindowDays !== '') input.cookieWindowDays = values.cookieWindowDays;
  if (values.levels !== '') input.levels = values.levels;
  if (values.holdDays !== '') input.holdDays = values.holdDays;
  return input;
}
