import { isKnownCurrency, moneyOf, moneyToDecimalString, parseMoney } from '@partnerkit/domain';
import type {
  CommissionRuleInput,
  CustomFieldType,
  LevelRuleFieldsFragment,
  LevelRuleInput,
  PercentOf,
  ProgramFieldsFragment,
  RuleLayer,
  SignupFieldInput,
} from '../../gql/graphql';

export type SaleKind = 'NONE' | 'FLAT' | 'PERCENT';

/** One level row of the rules editor; amounts are decimals of the program currency ("12.50"). */
export interface LevelFormValue {
  saleKind: SaleKind;
  amount: string;
  percent: string;
  of: PercentOf;
  leadPayout: string;
}

export interface RuleFormValue {
  /** Kept when editing a saved rule. */
  id: string | null;
  layer: RuleLayer;
  productIds: string[];
  /** Rows for levels 1..10 (the form shows as many as the program pays). */
  levels: LevelFormValue[];
  recurring: boolean;
  maxPayments: number | '';
  maxMonths: number | '';
  afterPayments: number | '';
  afterLevels: LevelFormValue[];
}

export interface SignupFieldFormValue {
  key: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  /** CHOICE: options separated by commas. */
  options: string;
}

export const MAX_LEVELS = 10;

export const emptyLevel = (): LevelFormValue => ({
  saleKind: 'NONE',
  amount: '',
  percent: '',
  of: 'BASE',
  leadPayout: '',
});

const emptyLevels = () => Array.from({ length: MAX_LEVELS }, emptyLevel);

export function newRule(layer: RuleLayer): RuleFormValue {
  const levels = emptyLevels();
  levels[0] = { ...levels[0]!, saleKind: 'PERCENT', percent: '10' };
  return {
    id: null,
    layer,
    productIds: [],
    levels,
    recurring: false,
    maxPayments: '',
    maxMonths: '',
    afterPayments: '',
    afterLevels: emptyLevels(),
  };
}

const decimalOf = (money: { amountMinor: string; currency: string }) =>
  isKnownCurrency(money.currency)
    ? moneyToDecimalString(moneyOf(money.amountMinor, money.currency))
    : money.amountMinor;

function levelValuesOf(levels: readonly LevelRuleFieldsFragment[] | null | undefined): LevelFormValue[] {
  const rows = emptyLevels();
  for (const level of levels ?? []) {
    if (level.level < 1 || level.level > MAX_LEVELS) continue;
    rows[level.level - 1] = {
      saleKind: level.sale?.kind ?? 'NONE',
      amount: level.sale?.amount ? decimalOf(level.sale.amount) : '',
      percent: level.sale?.percent ?? '',
      of: level.sale?.of ?? 'BASE',
      leadPayout: level.leadPayout ? decimalOf(level.leadPayout) : '',
    };
  }
  return rows;
}

/** The saved rules as editor rows. */
export function ruleFormValuesOf(rules: ProgramFieldsFragment['rules']): RuleFormValue[] {
  return rules.map((rule) => ({
    id: rule.id,
    layer: rule.layer,
    productIds: [...rule.productIds],
    levels: levelValuesOf(rule.levels),
    recurring: !!rule.recurring,
    maxPayments: rule.recurring?.maxPayments ?? '',
    maxMonths: rule.recurring?.maxMonths ?? '',
    afterPayments: rule.recurring?.afterPayments ?? '',
    afterLevels: levelValuesOf(rule.recurring?.afterLevels),
  }));
}

const isUsed = (level: LevelFormValue) => level.saleKind !== 'NONE' || level.leadPayout.trim() !== '';

/**
 * Where each shown level row goes in the API's `levels` list (only used rows are sent, in order), so that
 * an error at `rules[0].levels[1].sale.percent` can be shown on the right row. -1: not sent.
 */
export function levelIndexes(levels: readonly LevelFormValue[], count: number): number[] {
  let next = 0;
  return levels.slice(0, count).map((level) => (isUsed(level) ? next++ : -1));
}

function levelInputs(
  levels: readonly LevelFormValue[],
  count: number,
  currency: string,
  path: string,
): LevelRuleInput[] {
  const inputs: LevelRuleInput[] = [];
  levels.slice(0, count).forEach((level, row) => {
    if (!isUsed(level)) return;
    const at = `${path}[${inputs.length}]`;
    const input: LevelRuleInput = { level: row + 1 };
    if (level.saleKind === 'FLAT') {
      const amount = parseMoney(level.amount, currency, `${at}.sale.amountMinor`);
      input.sale = { kind: 'FLAT', amountMinor: amount.amountMinor.toString() };
    } else if (level.saleKind === 'PERCENT') {
      input.sale = { kind: 'PERCENT', percent: level.percent.trim(), of: level.of };
    }
    if (level.leadPayout.trim() !== '') {
      input.leadPayoutMinor = parseMoney(
        level.leadPayout,
        currency,
        `${at}.leadPayoutMinor`,
      ).amountMinor.toString();
    }
    inputs.push(input);
  });
  return inputs;
}

/**
 * The rules as API input: decimal amounts become minor units of `currency` (the domain's `parseMoney`).
 * @throws DomainError with the API's field path (e.g. `rules[0].levels[1].sale.amountMinor`).
 */
export function ruleInputsOf(
  rules: readonly RuleFormValue[],
  levels: number,
  currency: string,
): CommissionRuleInput[] {
  return rules.map((rule, index) => {
    const path = `rules[${index}]`;
    const input: CommissionRuleInput = {
      layer: rule.layer,
      levels: levelInputs(rule.levels, levels, currency, `${path}.levels`),
    };
    if (rule.id) input.id = rule.id;
    if (rule.layer !== 'DEFAULT') input.productIds = rule.productIds;
    if (rule.recurring) {
      input.recurring = {
        maxPayments: rule.maxPayments === '' ? null : rule.maxPayments,
        maxMonths: rule.maxMonths === '' ? null : rule.maxMonths,
        afterPayments: rule.afterPayments === '' ? null : rule.afterPayments,
        afterLevels:
          rule.afterPayments === ''
            ? null
            : levelInputs(rule.afterLevels, levels, currency, `${path}.recurring.afterLevels`),
      };
    }
    return input;
  });
}

/** Every error path the rules editor can show (for `useFormErrors`). */
export function ruleErrorFields(ruleCount: number): string[] {
  const fields: string[] = [];
  const level = (at: string) => [
    at,
    `${at}.level`,
    `${at}.sale`,
    `${at}.sale.kind`,
    `${at}.sale.amountMinor`,
    `${at}.sale.percent`,
    `${at}.sale.of`,
    `${at}.leadPayoutMinor`,
  ];
  for (let i = 0; i < ruleCount; i += 1) {
    const at = `rules[${i}]`;
    fields.push(at, `${at}.id`, `${at}.layer`, `${at}.productIds`, `${at}.levels`, `${at}.recurring`);
    fields.push(`${at}.recurring.maxPayments`, `${at}.recurring.maxMonths`, `${at}.recurring.afterPayments`);
    fields.push(`${at}.recurring.afterLevels`);
    for (let j = 0; j < MAX_LEVELS; j += 1) {
      fields.push(...level(`${at}.levels[${j}]`), ...level(`${at}.recurring.afterLevels[${j}]`));
    }
  }
  return fields;
}

export function signupFieldValuesOf(fields: ProgramFieldsFragment['signupFields']): SignupFieldFormValue[] {
  return fields.map((field) => ({ ...field, options: field.options.join(', ') }));
}

export function signupFieldInputsOf(fields: readonly SignupFieldFormValue[]): SignupFieldInput[] {
  return fields.map((field) => ({
    key: field.key.trim(),
    label: field.label.trim(),
    type: field.type,
    required: field.required,
    options:
      field.type === 'CHOICE'
        ? field.options
            .split(',')
            .map((option) => option.trim())
            .filter(Boolean)
        : [],
  }));
}

export function signupErrorFields(count: number): string[] {
  const fields = ['signupFields', 'signupParentCode'];
  for (let i = 0; i < count; i += 1) {
    fields.push(`signupFields[${i}].key`, `signupFields[${i}].label`, `signupFields[${i}].options`);
  }
  return fields;
}
