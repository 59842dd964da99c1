import { Alert, Stack, Text, Title } from '@mantine/core';
import { problemOf } from '@partnerkit/ui';
import { useSignedInPartner } from '../session/useSignedInPartner';
import { ClickStatsPanel } from './ClickStatsPanel';
import { LinkBuilder } from './LinkBuilder';
import { MyLinksTable } from './MyLinksTable';
import { TaggedLinkBuilder } from './TaggedLinkBuilder';
import { useMyClickSummary } from './useMyClickSummary';
import { useMyTrackingLinks } from './useMyTrackingLinks';
import { useRefetchOnActivity } from '../live/useRefetchOnActivity';

/** The partner's tracking links, the link builder and their clicks. */
export function LinksPage() {
  const partner = useSignedInPartner();
  const { links, allowedDomains, defaultLandingUrl, loading, error } = useMyTrackingLinks();
  const clicks = useMyClickSummary();
  // Per-link clicks move as clicks are stored.
  useRefetchOnActivity(['CLICKS'], ['MyClickSummary']);
  return (
    <Stack gap="lg" maw={1100}>
      <title>Links · Partner Portal</title>
      <Stack gap={6}>
        <Title order={2}>Your links</Title>
        <Text c="dimmed">Share these links: every visitor they bring is counted for you.</Text>
      </Stack>
      {partner.status !== 'ACTIVE' && (
        <Alert color="yellow" title="Your links do not count yet">
          Your links work, but clicks count only while your account is active.
        </Alert>
      )}
      {error && (
        <Alert color="red" title="Your links could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <MyLinksTable links={links} loading={loading} />
      <TaggedLinkBuilder links={links} />
      <LinkBuilder allowedDomains={allowedDomains} defaultLandingUrl={defaultLandingUrl} />
      {clicks.error && (
        <Alert color="red" title="Your clicks could not be loaded">
          {problemOf(clicks.error).message}
        </Alert>
      )}
      <ClickStatsPanel summary={clicks.summary} loading={clicks.loading} />
    </Stack>
  );
}
