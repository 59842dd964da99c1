import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { CreateApiKeyMutation } from '../../gql/graphql';
import { API_KEY_SCOPES } from './apiKeyScopes';
import { useCreateApiKey } from './useCreateApiKey';

const FIELDS = ['name', 'scopes'] as const;

export interface CreateApiKeyFormProps {
  onCreated: (created: CreateApiKeyMutation['createApiKey']) => void;
}

/** Name and scopes of a new API key. */
export function CreateApiKeyForm({ onCreated }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['*:read']);
  const { createApiKey, creating } = useCreateApiKey();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const created = await createApiKey({ name: name.trim(), scopes });
      setName('');
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
