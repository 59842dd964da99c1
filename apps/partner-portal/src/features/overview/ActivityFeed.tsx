import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Activity } from '../live/useMyActivity';

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

const KIND_LABEL: Record<string, { label: string; color: string }> = {
  CLICKS: { label: 'Clicks', color: 'blue' },
  LEAD: { label: 'Lead', color: 'violet' },
  SALE: { label: 'Sale', color: 'orange' },
  COMMISSION: { label: 'Commission', color: 'teal' },
  PAYMENT: { label: 'Payment', color: 'green' },
  LEDGER: { label: 'Ledger', color: 'gray' },
};

/** What happened since the page opened, newest first; announced politely to screen readers. */
export function ActivityFeed({ feed }: { feed: readonly Activity[] }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="overview-activity">
      <Stack gap="sm">
        <Title order={3} id="overview-activity">
          Live activity
        </Title>
        <Stack
          gap={6}
          aria-live="polite"
          data-testid="activity-feed"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {feed.length === 0 ? (
            <Text component="li" size="sm" c="dimmed">
              Waiting for your next click, lead or sale. They show here as they happen.
            </Text>
          ) : (
            feed.map((activity) => {
              const kind = KIND_LABEL[activity.kind] ?? { label: activity.kind, color: 'gray' };
              return (
                <Group component="li" key={activity.key} gap="sm" wrap="nowrap">
                  <Text
                    size="xs"
                    c="dimmed"
                    w={72}
                    style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}
                  >
                    {TIME.format(new Date(activity.at))}
                  </Text>
                  <Badge color={kind.color} variant="light" style={{ flexShrink: 0 }}>
                    {kind.label}
                  </Badge>
                  <Text size="sm">{activity.summary}</Text>
                </Group>
              );
            })
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
