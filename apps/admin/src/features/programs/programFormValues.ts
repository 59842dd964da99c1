import {
  assertCurrency,
  isKnownCurrency,
  moneyOf,
  moneyToDecimalString,
  parseMoney,
} from '@partnerkit/domain';
import type {
  AttributionMode,
  CreateProgramInput,
  PayoutTiming,
  ProgramFieldsFragment,
  UnusedLevelShare,
} from '../../gql/graphql';
import {
  newRule,
  ruleFormValuesOf,
  ruleInputsOf,
  signupFieldInputsOf,
  signupFieldValuesOf,
  type RuleFormValue,
  type SignupFieldFormValue,
} from './ruleFormValues';

/** What the program form edits; numbers are '' while their field is empty. */
export interface ProgramFormValues {
  name: string;
  notes: string;
  priority: number | '';
  currency: string;
  cookieWindowDays: number | '';
  attributionMode: AttributionMode;
  /** Basis points of a SPLIT attribution (first / middle / last partners); sent only for SPLIT. */
  splitFirstBps: number | '';
  splitMiddleBps: number | '';
  splitLastBps: number | '';
  levels: number | '';
  holdDays: number | '';
  /** Decimal amount in the currency ("50.00"); sent as minor units. */
  minimumPayout: string;
  timeZone: string;
  autoApprove: boolean;
  ipWindowMinutes: number | '';
  permanentReferral: boolean;
  timing: PayoutTiming;
  unusedLevelShare: UnusedLevelShare;
  rules: RuleFormValue[];
  signupOpen: boolean;
  signupAsksParentCode: boolean;
  signupAsksPayoutEmail: boolean;
  /** Parent of signups without a recruiting link ('' = none). */
  signupParentCode: string;
  signupFields: SignupFieldFormValue[];
}

/** Form fields, plus the API's names for fields the form shows under another name. */
export const PROGRAM_FORM_FIELDS = [
  'name',
  'notes',
  'priority',
  'currency',
  'cookieWindowDays',
  'attributionMode',
  'splitWeights',
  'levels',
  'holdDays',
  'minimumPayout',
  'minimumPayoutMinor',
  'timeZone',
  'autoApprove',
  'ipWindowMinutes',
  'permanentReferral',
  'timing',
  'unusedLevelShare',
  'rules',
  'signupOpen',
  'signupAsksParentCode',
  'signupAsksPayoutEmail',
] as const;
/** A fixed field, or a path inside rules / signup fields (e.g. `rules[0].levels[1].sale.percent`). */
export type ProgramFormField = string;

/** The API's defaults for a new program. */
export const NEW_PROGRAM_VALUES: ProgramFormValues = {
  name: '',
  notes: '',
  priority: 100,
  currency: 'USD',
  cookieWindowDays: 30,
  attributionMode: 'LAST',
  splitFirstBps: 5000,
  splitMiddleBps: 0,
  splitLastBps: 5000,
  levels: 2,
  holdDays: 30,
  minimumPayout: '0',
  timeZone: 'UTC',
  autoApprove: false,
  ipWindowMinutes: '',
  permanentReferral: false,
  timing: 'UPFRONT',
  unusedLevelShare: 'NOT_PAID',
  rules: [newRule('DEFAULT')],
  signupOpen: false,
  signupAsksParentCode: false,
  signupAsksPayoutEmail: false,
  signupParentCode: '',
  signupFields: [],
};

/** "5000" minor units of USD -> "50.00" (the form edits decimals). */
export function minimumPayoutDecimal(money: ProgramFieldsFragment['minimumPayout']): string {
  return isKnownCurrency(money.currency)
    ? moneyToDecimalString(moneyOf(money.amountMinor, money.currency))
    : money.amountMinor;
}

export function programFormValuesOf(program: ProgramFieldsFragment): ProgramFormValues {
  return {
    ...NEW_PROGRAM_VALUES,
    splitFirstBps: program.splitWeights?.firstBps ?? NEW_PROGRAM_VALUES.splitFirstBps,
    splitMiddleBps: program.splitWeights?.middleBps ?? NEW_PROGRAM_VALUES.splitMiddleBps,
    splitLastBps: program.splitWeights?.lastBps ?? NEW_PROGRAM_VALUES.splitLastBps,
    rules: ruleFormValuesOf(program.rules),
    signupOpen: program.signupOpen,
    signupAsksParentCode: program.signupAsksParentCode,
    signupAsksPayoutEmail: program.signupAsksPayoutEmail,
    signupParentCode: program.signupParent?.code ?? '',
    signupFields: signupFieldValuesOf(program.signupFields),
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
    ipWindowMinutes: program.ipWindowMinutes ?? '',
    permanentReferral: program.permanentReferral,
    timing: program.timing,
    unusedLevelShare: program.unusedLevelShare,
  };
}

/**
 * The input of createProgram / updateProgram. Empty number fields are left out (server default or
 * unchanged). @throws DomainError (field `minimumPayout` or `currency`) when the amount is not valid.
 */
export function programInputOf(values: ProgramFormValues): CreateProgramInput {
  const currency = assertCurrency(values.currency.trim().toUpperCase());
  const minimumPayout = parseMoney(values.minimumPayout || '0', currency, 'minimumPayout');
  const input: CreateProgramInput = {
    name: values.name.trim(),
    notes: values.notes,
    currency,
    attributionMode: values.attributionMode,
    minimumPayoutMinor: minimumPayout.amountMinor.toString(),
    timeZone: values.timeZone.trim(),
    autoApprove: values.autoApprove,
    permanentReferral: values.permanentReferral,
    timing: values.timing,
    unusedLevelShare: values.unusedLevelShare,
    rules: ruleInputsOf(values.rules, values.levels === '' ? 2 : values.levels, currency),
    signupOpen: values.signupOpen,
    signupAsksParentCode: values.signupAsksParentCode,
    signupAsksPayoutEmail: values.signupAsksPayoutEmail,
    signupParentCode: values.signupParentCode.trim(),
    signupFields: signupFieldInputsOf(values.signupFields),
  };
  if (values.priority !== '') input.priority = values.priority;
  if (values.cookieWindowDays !== '') input.cookieWindowDays = values.cookieWindowDays;
  if (values.levels !== '') input.levels = values.levels;
  if (values.holdDays !== '') input.holdDays = values.holdDays;
  if (values.ipWindowMinutes !== '') input.ipWindowMinutes = values.ipWindowMinutes;
  if (
    values.attributionMode === 'SPLIT' &&
    values.splitFirstBps !== '' &&
    values.splitMiddleBps !== '' &&
    values.splitLastBps !== ''
  ) {
    input.splitWeights = {
      firstBps: values.splitFirstBps,
      middleBps: values.splitMiddleBps,
      lastBps: values.splitLastBps,
    };
  }
  return input;
}
