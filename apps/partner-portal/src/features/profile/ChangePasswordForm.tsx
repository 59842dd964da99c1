import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import { useChangeMyPassword } from './useChangeMyPassword';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The partner changes their password; the API's messages appear next to the fields. */
export function ChangePasswordForm() {
  const { changeMyPassword, saving } = useChangeMyPassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await changeMyPassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      notifySuccess('Your password is changed.');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Change password">
        <Stack gap="sm">
          <Title order={3} fz="h4">
            Change password
          </Title>
          <PasswordInput
            label="Current password"
            name="currentPassword"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={currentPassword}
            error={fieldErrors.currentPassword}
            onChange={(event) => {
              setCurrentPassword(event.currentTarget.value);
              clearFieldError('currentPassword');
            }}
          />
          <PasswordInput
            label="New password"
            name="newPassword"
            autoComplete="new-password"
            description="10 to 200 characters."
            required
            withAsterisk={false}
            value={newPassword}
            error={fieldErrors.newPassword}
            onChange={(event) => {
              setNewPassword(event.currentTarget.value);
              clearFieldError('newPassword');
            }}
          />
          <Group>
            <Button type="submit" variant="default" loading={saving}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
