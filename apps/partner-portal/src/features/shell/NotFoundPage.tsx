import { Button, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Stack align="flex-start">
      <title>Page not found · Partner Portal</title>
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">There is no page at this address.</Text>
      <Button variant="light" onClick={() => void navigate('/overview')}>
        Go to overview
      </Button>
    </Stack>
  );
}
