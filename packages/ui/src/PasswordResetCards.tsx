import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface ForgotPasswordCardProps {
  title: string;
  /** Label of the field, e.g. "Email" or "Email or partner code". */
  loginLabel: string;
  /** Asks the API for a reset link; throws an Error with the API's message when refused. */
  onSubmit: (login: string) => Promise<void>;
  /** Where "Back to sign-in" goes. */
  signInHref: string;
}

/** "Forgot password?": asks for a reset link, and says the same whether the account exists or not. */
export function ForgotPasswordCard({ title, loginLabel, onSubmit, signInHref }: ForgotPasswordCardProps) {
  const [login, setLogin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(login.trim());
      setSent(true);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The request failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit}>
          <Stack>
            <Title order={3}>{title}</Title>
            {sent ? (
              <Alert color="green" role="status">
                If an account matches, we sent it an email with a link to choose a new password. The link
                works once, within an hour.
              </Alert>
            ) : (
              <>
                <Text size="sm">We will email you a link to choose a new password.</Text>
                {error && (
                  <Alert color="red" role="alert">
                    {error}
                  </Alert>
                )}
                <TextInput
                  label={loginLabel}
                  name="login"
                  autoComplete="username"
                  required
                  value={login}
                  onChange={(event) => setLogin(event.currentTarget.value)}
                />
                <Button type="submit" loading={busy}>
                  Send the link
                </Button>
              </>
            )}
            <Anchor href={signInHref} size="sm">
              Back to sign-in
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

export interface ResetPasswordCardProps {
  title: string;
  /** Sets the new password with the link's token; throws an Error with the API's message when refused. */
  onSubmit: (newPassword: string) => Promise<void>;
  signInHref: string;
  forgotHref: string;
}

/** The page of the emailed link: a new password, twice. */
export function ResetPasswordCard({ title, onSubmit, signInHref, forgotHref }: ResetPasswordCardProps) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) {
      setError('The two passwords differ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(password);
      setDone(true);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The reset failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit}>
          <Stack>
            <Title order={3}>{title}</Title>
            {done ? (
              <Alert color="green" role="status">
                Your password is changed, and every session of yours has ended. Sign in with the new one.
              </Alert>
            ) : (
              <>
                {error && (
                  <Alert color="red" role="alert">
                    {error}{' '}
                    <Anchor href={forgotHref} size="sm">
                      Ask for a new link
                    </Anchor>
                  </Alert>
                )}
                <PasswordInput
                  label="New password"
                  description="10 to 200 characters, not only letters or only digits."
                  name="new-password"
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                />
                <PasswordInput
                  label="Repeat the new password"
                  name="repeat-password"
                  autoComplete="new-password"
                  required
                  value={repeat}
                  onChange={(event) => setRepeat(event.currentTarget.value)}
                />
                <Button type="submit" loading={busy}>
                  Set the new password
                </Button>
              </>
            )}
            <Anchor href={signInHref} size="sm">
              Back to sign-in
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
