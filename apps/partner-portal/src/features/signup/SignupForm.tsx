import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Loader, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { IconCheck } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import type { PartnerStatus } from '../../gql/graphql';
import { SIGN_UP_PARTNER } from './graphql/signUpPartner';
import { useCodeAvailability } from './useCodeAvailability';
import {
  emptySignupValues,
  signupErrorFields,
  signUpInputOf,
  type SignupFormDefinition,
  type SignupValues,
} from './signupValues';

export interface SignupFormProps {
  form: SignupFormDefinition;
  /** From a recruiting link (`?parent=CODE`). */
  parentCode: string;
  onSignedUp: (result: { code: string; status: PartnerStatus }) => void;
}

/** The public application form of one program. */
export function SignupForm({ form, parentCode, onSignedUp }: SignupFormProps) {
  const [values, setValues] = useState<SignupValues>(() => emptySignupValues(form, parentCode));
  const fields = useMemo(() => signupErrorFields(form), [form]);
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors<string>(fields);
  const [signUp, { loading }] = useMutation(SIGN_UP_PARTNER);
  const availability = useCodeAvailability(values.code);

  const set = (field: Exclude<keyof SignupValues, 'answers'>, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
  };
  const answer = (key: string, value: string | boolean) => {
    setValues((current) => ({ ...current, answers: { ...current.answers, [key]: value } }));
    clearFieldError(`customFields.${key}`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const { data } = await signUp({ variables: { input: signUpInputOf(form.programId, form, values) } });
      if (data) onSignedUp(data.signUpPartner);
    } catch (error) {
      showError(error);
    }
  }

  const codeError =
    fieldErrors.code ??
    (availability.result && !availability.result.available ? availability.result.message : undefined);
  const codeHint =
    values.code.trim() === '' ? (
      'Your code appears in your links, e.g. /r/your-code. 4 to 32 letters, digits, - or _.'
    ) : availability.checking ? (
      <Loader size={10} aria-label="Checking the code" />
    ) : availability.result?.available ? (
      <Text span size="xs" c="green">
        <IconCheck size={12} /> {availability.result.code} is available
      </Text>
    ) : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label="Partner application">
      <Stack>
        <TextInput
          label="Name"
          description="Your name or your organisation's"
          autoComplete="name"
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={fieldErrors.name}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <TextInput
          label="Partner code"
          autoComplete="username"
          value={values.code}
          onChange={(event) => set('code', event.currentTarget.value)}
          description={codeError ? undefined : codeHint}
          error={codeError}
        />
        <PasswordInput
          label="Password"
          description="At least 10 characters, not only letters or only digits."
          autoComplete="new-password"
          value={values.password}
          onChange={(event) => set('password', event.currentTarget.value)}
          error={fieldErrors.password}
        />
        {form.asksParentCode ? (
          <TextInput
            label="Referred by (optional)"
            description="The code of the partner who invited you"
            value={values.parentCode}
            onChange={(event) => set('parentCode', event.currentTarget.value)}
            error={fieldErrors.parentCode}
          />
        ) : (
          parentCode && (
            <Text size="sm" c={fieldErrors.parentCode ? 'red' : 'dimmed'}>
              {fieldErrors.parentCode ?? `Recruited by ${parentCode}.`}
            </Text>
          )
        )}
        {form.asksPayoutEmail && (
          <TextInput
            label="PayPal email for payouts (optional)"
            type="email"
            value={values.payoutEmail}
            onChange={(event) => set('payoutEmail', event.currentTarget.value)}
            error={fieldErrors.payoutEmail}
          />
        )}
        {form.fields.map((field) => {
          const error = fieldErrors[`customFields.${field.key}`];
          const value = values.answers[field.key];
          const label =
            field.required || field.type === 'CHECKBOX' ? field.label : `${field.label} (optional)`;
          switch (field.type) {
            case 'CHECKBOX':
              return (
                <Checkbox
                  key={field.key}
                  label={label}
                  checked={value === true}
                  onChange={(event) => answer(field.key, event.currentTarget.checked)}
                  error={error}
                />
              );
            case 'CHOICE':
              return (
                <NativeSelect
                  key={field.key}
                  label={label}
                  data={[
                    { value: '', label: 'Choose…' },
                    ...field.options.map((option) => ({ value: option, label: option })),
                  ]}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(event) => answer(field.key, event.currentTarget.value)}
                  error={error}
                />
              );
            default:
              return (
                <TextInput
                  key={field.key}
                  label={label}
                  inputMode={field.type === 'NUMBER' ? 'decimal' : undefined}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(event) => answer(field.key, event.currentTarget.value)}
                  error={error}
                />
              );
          }
        })}
        <Button type="submit" loading={loading}>
          Apply
        </Button>
      </Stack>
    </form>
  );
}
