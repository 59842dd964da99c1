import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { AdminRole } from '../../gql/graphql';
import { ROLE_OPTIONS } from './roles';

const FIELDS = ['input.email', 'input.role'] as const;

export interface InviteAdminFormProps {
  onInvite: (email: string, role: AdminRole) => Promise<void>;
  inviting: boolean;
}

/** An owner invites an email with a role: the invitee gets a one-time link by email. */
export function InviteAdminForm({ onInvite, inviting }: InviteAdminFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AdminRole>('MANAGER');
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await onInvite(email.trim(), role);
      notifySuccess(`Invitation sent to ${email.trim()}.`);
      setEmail('');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg" mb="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>Invite an admin</Title>
          <Group grow align="flex-start">
            <TextInput
              label="Email"
              type="email"
              required
              withAsterisk={false}
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                clearFieldError('input.email');
              }}
              error={fieldErrors['input.email']}
            />
            <Select
              label="Role"
              data={ROLE_OPTIONS.map(({ value, label }) => ({ value, label }))}
              value={role}
              allowDeselect={false}
              onChange={(value) => value && setRole(value as AdminRole)}
              description={ROLE_OPTIONS.find((option) => option.value === role)?.description}
              error={fieldErrors['input.role']}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={inviting}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
