import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';

export interface SignInCardProps {
  title: string;
  /** Label of the first field, e.g. "Email" or "Email or partner code". */
  loginLabel: string;
  onSubmit: (login: string, password: string) => Promise<void>;
  /** Shown below the form, e.g. the demo accounts (only when the server runs on demo data). */
  hint?: string | null;
  /** Below the button, e.g. a "Forgot password?" link. */
  footer?: ReactNode;
}

/** A centred sign-in form; shows the API's message when sign-in fails. */
export function SignInCard({ title, loginLabel, onSubmit, hint, footer }: SignInCardProps) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(login, password);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Sign-in failed.');
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
            <PasswordInput
              label="Password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={busy}>
              Sign in
            </Button>
            {footer}
            {hint && (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
