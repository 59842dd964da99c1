import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CopyLinkButton } from '../links/CopyLinkButton';
import { QrCodeButton } from '../links/QrCodeButton';
import { useMyTrackingLinks } from '../links/useMyTrackingLinks';

/** The partner's default tracking link, ready to copy, with a way to the link builder. */
export function DefaultLinkCard() {
  const { links, loading } = useMyTrackingLinks();
  const link = links.find((candidate) => candidate.trackingLinkId === null) ?? links[0];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="overview-link">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} id="overview-link">
            Your link
          </Title>
          <Anchor component={Link} to="/links" size="sm">
            More links and the link builder
          </Anchor>
        </Group>
        {link ? (
          <Group gap={4} wrap="nowrap" align="center">
            <Text
              ff="monospace"
              size="sm"
              style={{ wordBreak: 'break-all' }}
              data-testid="overview-default-link"
            >
              {link.url}
            </Text>
            <CopyLinkButton value={link.url} label="your link" />
            <QrCodeButton value={link.url} label="your link" />
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {loading
              ? 'Loading your link…'
              : 'Your link appears here once the merchant has set a landing page.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
