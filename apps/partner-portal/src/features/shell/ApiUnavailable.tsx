import { Alert, Button, Center, Stack, Text } from '@mantine/core';

/** Shown when the API cannot tell who is signed in (it is down or unreachable). */
export function ApiUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <Center mih="100vh" p="md">
      <Alert color="red" title="The portal cannot reach the Partnerkit API" role="alert" maw={440}>
        <Stack gap="sm">
          <Text size="sm">Check your connection, then try again in a moment.</Text>
          <Button variant="light" color="red" onClick={onRetry} w="fit-content">
            Try again
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
