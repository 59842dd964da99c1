import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** Shown while the partner has earned nothing yet: how earning works and where to start. */
export function EarningsEmptyState() {
  return (
    <Paper withBorder p="lg" component="section" aria-label="No earnings yet">
      <Stack gap="xs">
        <Title order={4}>No earnings yet</Title>
        <Text size="sm">
          You earn a commission when someone buys (or signs up) through one of your tracking links. Share your
          links from the{' '}
          <Anchor component={Link} to="/links">
            Links page
          </Anchor>
          ; commissions and balances appear here as soon as they are recorded.
        </Text>
        <Text size="sm" c="dimmed">
          Partners you recruit earn you commissions on their sales too (level 2 and up).
        </Text>
      </Stack>
    </Paper>
  );
}
