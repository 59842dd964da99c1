import { TableScrollRegion } from '@partnerkit/ui';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { PercentOf, RuleLayer } from '../../gql/graphql';
import { useProductOptions } from '../products/useProductOptions';
import {
  levelIndexes,
  newRule,
  type LevelFormValue,
  type RuleFormValue,
  type SaleKind,
} from './ruleFormValues';

const LAYERS: { value: RuleLayer; label: string }[] = [
  { value: 'DEFAULT', label: 'Default: all products' },
  { value: 'PRODUCT', label: 'Product: exceptions for chosen products' },
  { value: 'SUBSCRIPTION', label: 'Subscription: recurring payments' },
];

const SALE_KINDS: { value: SaleKind; label: string }[] = [
  { value: 'NONE', label: 'No sale commission' },
  { value: 'PERCENT', label: 'Percent' },
  { value: 'FLAT', label: 'Flat amount' },
];

const PERCENT_OF: { value: PercentOf; label: string }[] = [
  { value: 'BASE', label: 'Sale base' },
  { value: 'CHILD_COMMISSION', label: "Child's commission" },
];

const levelName = (level: number) =>
  level === 1 ? 'Level 1 (the partner)' : level === 2 ? 'Level 2 (parent)' : `Level ${level}`;

export interface RulesEditorProps {
  rules: RuleFormValue[];
  levels: number;
  currency: string;
  onChange: (rules: RuleFormValue[]) => void;
  /** Error messages by API field path, e.g. `rules[0].levels[1].sale.percent`. */
  errors: Partial<Record<string, string>>;
  onEdited: (path: string) => void;
}

/** Commission rules: layers, a row per paid level (sale commission and lead payout), recurring terms. */
export function RulesEditor({ rules, levels, currency, onChange, errors, onEdited }: RulesEditorProps) {
  const { options: productOptions } = useProductOptions();
  const update = (index: number, rule: RuleFormValue) =>
    onChange(rules.map((current, i) => (i === index ? rule : current)));

  return (
    <Fieldset legend="Commission rules">
      <Stack>
        <Text size="sm" c="dimmed">
          The most specific rule wins: a product rule over the default, a subscription rule for recurring
          payments. Amounts are in {currency || 'the program currency'}.
        </Text>
        {errors.rules && (
          <Text c="red" size="sm">
            {errors.rules}
          </Text>
        )}
        {rules.map((rule, index) => {
          const at = `rules[${index}]`;
          return (
            <Fieldset
              key={index}
              legend={`Rule ${index + 1}`}
              aria-label={`Rule ${index + 1}`}
              variant="filled"
            >
              <Stack gap="sm">
                <Group align="flex-end">
                  <NativeSelect
                    label="Layer"
                    data={LAYERS}
                    value={rule.layer}
                    onChange={(event) => {
                      onEdited(`${at}.layer`);
                      update(index, { ...rule, layer: event.currentTarget.value as RuleLayer });
                    }}
                    error={errors[`${at}.layer`]}
                    w={{ base: '100%', xs: 320 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove rule ${index + 1}`}
                    onClick={() => onChange(rules.filter((_, i) => i !== index))}
                    mb={4}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
                {rule.layer !== 'DEFAULT' && (
                  <MultiSelect
                    label="Products"
                    placeholder="Choose products"
                    data={productOptions}
                    searchable
                    value={rule.productIds}
                    onChange={(productIds) => {
                      onEdited(`${at}.productIds`);
                      update(index, { ...rule, productIds });
                    }}
                    error={errors[`${at}.productIds`]}
                  />
                )}
                <LevelTable
                  label={`Rule ${index + 1} levels`}
                  rows={rule.levels}
                  count={levels}
                  path={`${at}.levels`}
                  errors={errors}
                  onEdited={onEdited}
                  onChange={(rows) => update(index, { ...rule, levels: rows })}
                />
                {errors[`${at}.levels`] && (
                  <Text c="red" size="sm">
                    {errors[`${at}.levels`]}
                  </Text>
                )}
                <Checkbox
                  label="Recurring terms (limit renewals, change the rate after some payments)"
                  checked={rule.recurring}
                  onChange={(event) => update(index, { ...rule, recurring: event.currentTarget.checked })}
                  error={errors[`${at}.recurring`]}
                />
                {rule.recurring && (
                  <>
                    <Group grow align="flex-start">
                      <NumberInput
                        label="Only the first N payments earn"
                        min={1}
                        allowDecimal={false}
                        value={rule.maxPayments}
                        onChange={(value) =>
                          update(index, { ...rule, maxPayments: typeof value === 'number' ? value : '' })
                        }
                        error={errors[`${at}.recurring.maxPayments`]}
                      />
                      <NumberInput
                        label="Only payments in the first N months earn"
                        min={1}
                        allowDecimal={false}
                        value={rule.maxMonths}
                        onChange={(value) =>
                          update(index, { ...rule, maxMonths: typeof value === 'number' ? value : '' })
                        }
                        error={errors[`${at}.recurring.maxMonths`]}
                      />
                      <NumberInput
                        label="Different rate after this many payments"
                        min={1}
                        allowDecimal={false}
                        value={rule.afterPayments}
                        onChange={(value) =>
                          update(index, { ...rule, afterPayments: typeof value === 'number' ? value : '' })
                        }
                        error={errors[`${at}.recurring.afterPayments`]}
                      />
                    </Group>
                    {rule.afterPayments !== '' && (
                      <LevelTable
                        label={`Rule ${index + 1} levels after ${rule.afterPayments} payments`}
                        rows={rule.afterLevels}
                        count={levels}
                        path={`${at}.recurring.afterLevels`}
                        errors={errors}
                        onEdited={onEdited}
                        onChange={(rows) => update(index, { ...rule, afterLevels: rows })}
                      />
                    )}
                  </>
                )}
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          {(['DEFAULT', 'PRODUCT', 'SUBSCRIPTION'] as const).map((layer) => (
            <Button
              key={layer}
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={layer === 'DEFAULT' && rules.some((rule) => rule.layer === 'DEFAULT')}
              onClick={() => onChange([...rules, newRule(layer)])}
            >
              {layer === 'DEFAULT'
                ? 'Default rule'
                : layer === 'PRODUCT'
                  ? 'Product rule'
                  : 'Subscription rule'}
            </Button>
          ))}
        </Group>
      </Stack>
    </Fieldset>
  );
}

interface LevelTableProps {
  label: string;
  rows: LevelFormValue[];
  count: number;
  path: string;
  errors: Partial<Record<string, string>>;
  onEdited: (path: string) => void;
  onChange: (rows: LevelFormValue[]) => void;
}

function LevelTable({ label, rows, count, path, errors, onEdited, onChange }: LevelTableProps) {
  const indexes = levelIndexes(rows, count);
  const set = (row: number, value: Partial<LevelFormValue>) =>
    onChange(rows.map((current, i) => (i === row ? { ...current, ...value } : current)));

  return (
    <TableScrollRegion label={label} minWidth={640}>
      <Table aria-label={label} withRowBorders={false} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Level</Table.Th>
            <Table.Th>Sale commission</Table.Th>
            <Table.Th>Rate or amount</Table.Th>
            <Table.Th>Applies to</Table.Th>
            <Table.Th>Lead payout</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, count).map((row, i) => {
            const at = indexes[i]! >= 0 ? `${path}[${indexes[i]}]` : `${path}[unsent]`;
            const name = levelName(i + 1);
            const touch = (suffix: string) => onEdited(`${at}${suffix}`);
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                  {errors[at] && (
                    <Text size="xs" c="red">
                      {errors[at]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`${name} sale commission`}
                    data={SALE_KINDS}
                    miw={170}
                    value={row.saleKind}
                    onChange={(event) => {
                      touch('.sale.kind');
                      set(i, { saleKind: event.currentTarget.value as SaleKind });
                    }}
                    error={errors[`${at}.sale.kind`] ?? errors[`${at}.sale`]}
                  />
                </Table.Td>
                <Table.Td>
                  {row.saleKind === 'PERCENT' && (
                    <TextInput
                      aria-label={`${name} percent`}
                      rightSection="%"
                      inputMode="decimal"
                      value={row.percent}
                      onChange={(event) => {
                        touch('.sale.percent');
                        set(i, { percent: event.currentTarget.value });
                      }}
                      error={errors[`${at}.sale.percent`]}
                    />
                  )}
                  {row.saleKind === 'FLAT' && (
                    <TextInput
                      aria-label={`${name} amount`}
                      inputMode="decimal"
                      placeholder="0.00"
                      value={row.amount}
                      onChange={(event) => {
                        touch('.sale.amountMinor');
                        set(i, { amount: event.currentTarget.value });
                      }}
                      error={errors[`${at}.sale.amountMinor`]}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {row.saleKind === 'PERCENT' && (
                    <NativeSelect
                      aria-label={`${name} applies to`}
                      data={PERCENT_OF}
                      miw={170}
                      value={row.of}
                      onChange={(event) => {
                        touch('.sale.of');
                        set(i, { of: event.currentTarget.value as PercentOf });
                      }}
                      error={errors[`${at}.sale.of`]}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${name} lead payout`}
                    inputMode="decimal"
                    placeholder="none"
                    value={row.leadPayout}
                    onChange={(event) => {
                      touch('.leadPayoutMinor');
                      set(i, { leadPayout: event.currentTarget.value });
                    }}
                    error={errors[`${at}.leadPayoutMinor`]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScrollRegion>
  );
}
