import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CustomFieldType } from '../../gql/graphql';
import type { SignupFieldFormValue } from './ruleFormValues';

const FIELD_TYPES: { value: CustomFieldType; label: string }[] = [
  { value: 'TEXT', label: 'Text' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'CHOICE', label: 'Choice' },
  { value: 'CHECKBOX', label: 'Checkbox' },
];

export interface SignupSettingsValue {
  signupOpen: boolean;
  signupAsksParentCode: boolean;
  signupAsksPayoutEmail: boolean;
  signupParentCode: string;
  signupFields: SignupFieldFormValue[];
}

export interface SignupSettingsProps {
  value: SignupSettingsValue;
  onChange: (value: Partial<SignupSettingsValue>) => void;
  errors: Partial<Record<string, string>>;
  onEdited: (path: string) => void;
}

/** What the public signup form asks: standard questions on or off, a default parent, custom questions. */
export function SignupSettings({ value, onChange, errors, onEdited }: SignupSettingsProps) {
  const setField = (index: number, field: Partial<SignupFieldFormValue>) =>
    onChange({
      signupFields: value.signupFields.map((current, i) =>
        i === index ? { ...current, ...field } : current,
      ),
    });

  return (
    <Fieldset legend="Signup form">
      <Stack gap="sm">
        <Checkbox
          label="Open: the public signup page accepts applications"
          checked={value.signupOpen}
          onChange={(event) => onChange({ signupOpen: event.currentTarget.checked })}
        />
        <Text size="sm" c="dimmed">
          The form always asks for name, email, partner code and password.
        </Text>
        <Checkbox
          label='Ask "Who referred you?" (a partner code)'
          checked={value.signupAsksParentCode}
          onChange={(event) => onChange({ signupAsksParentCode: event.currentTarget.checked })}
        />
        <Checkbox
          label="Ask for a PayPal email for payouts"
          checked={value.signupAsksPayoutEmail}
          onChange={(event) => onChange({ signupAsksPayoutEmail: event.currentTarget.checked })}
        />
        <TextInput
          label="Default parent"
          description="Partner code that becomes the parent of signups without a recruiting link (?parent=CODE). Empty: none."
          value={value.signupParentCode}
          onChange={(event) => {
            onEdited('signupParentCode');
            onChange({ signupParentCode: event.currentTarget.value });
          }}
          error={errors.signupParentCode}
          w={{ base: '100%', xs: 360 }}
        />
        <Text fw={500} size="sm" mt="xs">
          Custom questions
        </Text>
        {errors.signupFields && (
          <Text c="red" size="sm">
            {errors.signupFields}
          </Text>
        )}
        {value.signupFields.map((field, index) => {
          const at = `signupFields[${index}]`;
          return (
            <Group key={index} align="flex-start" wrap="wrap">
              <TextInput
                label="Key"
                aria-label={`Question ${index + 1} key`}
                value={field.key}
                onChange={(event) => {
                  onEdited(`${at}.key`);
                  setField(index, { key: event.currentTarget.value });
                }}
                error={errors[`${at}.key`]}
                w={150}
              />
              <TextInput
                label="Label"
                aria-label={`Question ${index + 1} label`}
                value={field.label}
                onChange={(event) => {
                  onEdited(`${at}.label`);
                  setField(index, { label: event.currentTarget.value });
                }}
                error={errors[`${at}.label`]}
                miw={160}
                style={{ flex: 1 }}
              />
              <NativeSelect
                label="Type"
                aria-label={`Question ${index + 1} type`}
                data={FIELD_TYPES}
                value={field.type}
                onChange={(event) => setField(index, { type: event.currentTarget.value as CustomFieldType })}
                w={120}
              />
              {field.type === 'CHOICE' && (
                <TextInput
                  label="Options"
                  aria-label={`Question ${index + 1} options`}
                  placeholder="Blog, Video, Newsletter"
                  value={field.options}
                  onChange={(event) => {
                    onEdited(`${at}.options`);
                    setField(index, { options: event.currentTarget.value });
                  }}
                  error={errors[`${at}.options`]}
                  w={220}
                />
              )}
              <Checkbox
                label="Required"
                mt={30}
                checked={field.required}
                onChange={(event) => setField(index, { required: event.currentTarget.checked })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={`Remove question ${index + 1}`}
                onClick={() => onChange({ signupFields: value.signupFields.filter((_, i) => i !== index) })}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              onChange({
                signupFields: [
                  ...value.signupFields,
                  { key: '', label: '', type: 'TEXT', required: false, options: '' },
                ],
              })
            }
          >
            Add question
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
