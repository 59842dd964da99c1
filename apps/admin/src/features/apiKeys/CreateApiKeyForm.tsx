import { Button, Checkbox, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { CreateApiKeyMutation } from '../../gql/graphql';
import { API_KEY_SCOPES } from './apiKeyScopes';
import { useCreateApiKey } from './useCreateApiKey';

const FIELDS = ['name', 'scopes', 'expiresAt', 'rateLimitPerMinute'] as const;

export interface CreateApiKeyFormProps {
  onCreated: (created: CreateApiKeyMutation['createApiKey']) => void;
}

/** Name and scopes of a new API key. */
export function CreateApiKeyForm({ onCreated }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['*:read']);
  const [expiresOn, setExpiresOn] = useState('');
  const [rateLimit, setRateLimit] = useState<number | string>('');
  const { createApiKey, creating } = useCreateApiKey();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const created = await createApiKey({
        name: name.trim(),
        scopes,
        // The end of the chosen day, in the admin's time zone.
        expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null,
        rateLimitPerMinute: typeof rateLimit === 'number' ? rateLimit : null,
      });
      setName('');
      setExpiresOn('');
      setRateLimit('');
      onCreated(created);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg" mb="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>New API key</Title>
          <TextInput
            label="Name"
            description='What the key is for, e.g. "Shop backend".'
            required
            withAsterisk={false}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              clearFieldError('name');
            }}
            error={fieldErrors.name}
          />
          <Checkbox.Group
            label="Scopes"
            value={scopes}
            onChange={(value) => {
              setScopes(value);
              clearFieldError('scopes');
            }}
            error={fieldErrors.scopes}
          >
            <Stack gap="xs" mt="xs">
              {API_KEY_SCOPES.map((scope) => (
                <Checkbox
                  key={scope.value}
                  value={scope.value}
                  label={scope.value}
                  description={scope.description}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Expires on"
              description="Empty: never."
              value={expiresOn}
              onChange={(event) => {
                setExpiresOn(event.currentTarget.value);
                clearFieldError('expiresAt');
              }}
              error={fieldErrors.expiresAt}
            />
            <NumberInput
              label="Operations per minute"
              description="Empty: the server's limit for keys."
              min={1}
              max={100000}
              allowDecimal={false}
              value={rateLimit}
              onChange={(value) => {
                setRateLimit(value);
                clearFieldError('rateLimitPerMinute');
              }}
              error={fieldErrors.rateLimitPerMinute}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={creating}>
              Create API key
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
