import { Alert, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { isValidSubId } from '@partnerkit/domain';
import { useState } from 'react';
import type { MyTrackingLinksQuery } from '../../gql/graphql';
import { CopyLinkButton } from './CopyLinkButton';
import { QrCodeButton } from './QrCodeButton';

type Link = MyTrackingLinksQuery['myTrackingLinks'][number];

/** The link with `sub` (a campaign tag) added to its query. */
export function withSubId(url: string, subId: string): string {
  const tagged = new URL(url);
  tagged.searchParams.set('sub', subId);
  return tagged.toString();
}

/** The default link or a named link with a sub-id, to tell placements apart in the stats. */
export function TaggedLinkBuilder({ links }: { links: readonly Link[] }) {
  const [linkKey, setLinkKey] = useState<string | null>(null);
  const [subId, setSubId] = useState('');
  const options = links.map((link) => ({ value: link.trackingLinkId ?? 'default', label: link.name }));
  const link = links.find(
    (candidate) => (candidate.trackingLinkId ?? 'default') === (linkKey ?? options[0]?.value),
  );
  const tag = subId.trim();
  const invalid = tag !== '' && !isValidSubId(tag);
  const built = link && tag && !invalid ? withSubId(link.url, tag) : null;
  if (links.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="tagged-link">
      <Stack>
        <Title order={4} id="tagged-link">
          A link with a sub-id
        </Title>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Link"
            data={options}
            value={linkKey ?? options[0]?.value ?? null}
            onChange={setLinkKey}
            allowDeselect={false}
            miw={200}
          />
          <TextInput
            label="Sub-id"
            description="Letters, digits, _ - . (up to 100)."
            placeholder="instagram-bio"
            value={subId}
            onChange={(event) => setSubId(event.currentTarget.value)}
            error={invalid ? 'Use 1 to 100 letters, digits, _ - or .' : undefined}
            miw={200}
          />
        </Group>
        {built ? (
          <Alert color="teal" title="Your tagged link">
            <Group gap={4} wrap="nowrap">
              <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }} data-testid="tagged-link">
                {built}
              </Text>
              <CopyLinkButton value={built} label="the tagged link" />
              <QrCodeButton value={built} label="the tagged link" />
            </Group>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            Type a sub-id to get the link.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
