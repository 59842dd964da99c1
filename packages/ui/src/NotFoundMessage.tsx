import { Button, Center, Stack, Text, Title } from '@mantine/core';

export interface NotFoundMessageProps {
  title?: string;
  message?: string;
  /** e.g. "Back to partners". */
  actionLabel?: string;
  onAction?: () => void;
}

/** What a page shows for an unknown route or a record that does not exist. */
export function NotFoundMessage({
  title = 'Page not found',
  message = 'There is nothing at this address.',
  actionLabel,
  onAction,
}: NotFoundMessageProps) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{message}</Text>
        {actionLabel && onAction && (
          <Button variant="light" onClick={onAction}>
            {actionLabel}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
