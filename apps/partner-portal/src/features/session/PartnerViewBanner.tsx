import { Alert, Button, Group, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';

/**
 * The notice on every page of an admin's "View as partner": whose portal this is, that it reads only, and
 * the way out. The server refuses every change of this session whatever the page offers.
 */
export function PartnerViewBanner({
  partnerName,
  adminName,
  onEnd,
}: {
  partnerName: string;
  adminName: string;
  onEnd: () => void;
}) {
  return (
    <Alert
      role="status"
      aria-label="View as partner"
      color="yellow"
      variant="light"
      // Dark text on the light yellow: readable (WCAG AA contrast) and unlike any error or success notice.
      styles={{ root: { border: '2px solid var(--mantine-color-yellow-6)' } }}
      icon={<IconEye size={18} aria-hidden />}
      p="xs"
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={700} c="dark.9" data-testid="partner-view-banner">
            Viewing as {partnerName} — read only —
          </Text>
          <Button size="compact-sm" color="dark" onClick={onEnd}>
            End view
          </Button>
        </Group>
        <Text size="xs" c="dark.9">
          Opened by {adminName}
        </Text>
      </Group>
    </Alert>
  );
}
