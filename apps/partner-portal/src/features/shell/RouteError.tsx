import { Alert, Button, Center, Stack, Text } from '@mantine/core';

/** Last resort when a screen fails to render. */
export function RouteError() {
  return (
    <Center mih="100vh" p="md">
      <Alert color="red" title="Something went wrong" role="alert" maw={440}>
        <Stack gap="sm">
          <Text size="sm">This page failed to load. Reloading usually helps.</Text>
          <Button variant="light" color="red" onClick={() => window.location.reload()} w="fit-content">
            Reload
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
