import {
  Alert,
  Anchor,
  Button,
  Center,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { problemOf, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import { ACCEPT_ADMIN_INVITE } from './graphql/acceptAdminInvite';
import { ADMIN_INVITATION } from './graphql/adminInvitation';

const FIELDS = ['input.name', 'input.password', 'input.token'] as const;
const ROLE = { OWNER: 'an owner', MANAGER: 'a manager', VIEWER: 'a viewer (read-only)' } as const;

export interface AcceptInvitePageProps {
  token: string;
  /** Signs the new admin in once the account exists. */
  onSignIn: (email: string, password: string) => Promise<void>;
}

/** `/accept-invite?token=…`: the page of the emailed invitation; the invitee chooses a name and password. */
export function AcceptInvitePage({ token, onSignIn }: AcceptInvitePageProps) {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const { data, loading, error } = useQuery(ADMIN_INVITATION, { variables: { token } });
  const [accept, { loading: accepting }] = useMutation(ACCEPT_ADMIN_INVITE);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);
  const invitation = data?.adminInvitation;

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const result = await accept({ variables: { input: { token, name, password } } });
      const email = result.data?.acceptAdminInvite.email ?? invitation?.email ?? '';
      await onSignIn(email, password);
      // Into the console at its start page (the router was made for this page's address).
      window.location.assign(`${base}/`);
    } catch (failure) {
      showError(failure);
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w={420} maw="100%">
        <Stack>
          <Title order={2}>Join the admin console</Title>
          {loading && <Loader aria-label="Loading" />}
          {error && (
            <Alert color="red" title="This invitation cannot be used">
              {problemOf(error).message} <Anchor href={`${base}/`}>Sign in</Anchor>
            </Alert>
          )}
          {invitation && (
            <form onSubmit={submit} noValidate>
              <Stack>
                <Text size="sm">
                  You are invited as {ROLE[invitation.role]} with the email{' '}
                  <strong>{invitation.email}</strong>.
                </Text>
                {fieldErrors['input.token'] && <Alert color="red">{fieldErrors['input.token']}</Alert>}
                <TextInput
                  label="Your name"
                  required
                  withAsterisk={false}
                  autoComplete="name"
                  value={name}
                  onChange={(event) => {
                    setName(event.currentTarget.value);
                    clearFieldError('input.name');
                  }}
                  error={fieldErrors['input.name']}
                />
                <PasswordInput
                  label="Password"
                  description="10 to 200 characters, not only letters or only digits."
                  required
                  withAsterisk={false}
                  autoComplete="new-password"
                  value={password}
                  onChange={(event) => {
                    setPassword(event.currentTarget.value);
                    clearFieldError('input.password');
                  }}
                  error={fieldErrors['input.password']}
                />
                <Button type="submit" loading={accepting}>
                  Create my account
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
