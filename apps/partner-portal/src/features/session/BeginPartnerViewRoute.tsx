import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { FullPageLoader } from '../shell/FullPageLoader';
import { useBeginPartnerView } from './useBeginPartnerView';

/** The token of `/view#token=…` (in the fragment: browsers never send it to a server). */
export function viewTokenOf(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}

/**
 * `/view#token=…`, the link of the admin console's "View as partner": begins the read-only view, then shows
 * the overview (the token leaves the address bar and the history).
 */
export function BeginPartnerViewRoute() {
  const { hash } = useLocation();
  const { done, problem } = useBeginPartnerView(viewTokenOf(hash));
  if (done) return <Navigate to="/overview" replace />;
  if (!problem) return <FullPageLoader />;
  return (
    <Center mih="100vh" p="md">
      <title>View as partner · Partner Portal</title>
      <Paper withBorder p="xl" maw={460} w="100%">
        <Stack>
          <Title order={1} size="h3">
            This view link does not work
          </Title>
          <Alert color="red" role="alert">
            {problem}
          </Alert>
          <Text size="sm" c="dimmed">
            Links of “View as partner” work once, for two minutes. Open the partner in the admin console and
            choose “View as partner” again.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
