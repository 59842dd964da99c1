import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { CreateWebhookEndpointInput } from '../../gql/graphql';

const FIELDS = ['url', 'events', 'description'] as const;

export interface CreateWebhookEndpointFormProps {
  eventTypes: readonly string[];
  creating: boolean;
  onCreate: (input: CreateWebhookEndpointInput) => Promise<unknown>;
}

/** URL, description and events of a new endpoint. */
export function CreateWebhookEndpointForm({
  eventTypes,
  creating,
  onCreate,
}: CreateWebhookEndpointFormProps) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await onCreate({ url: url.trim(), events, description: description.trim() || null });
      setUrl('');
      setDescription('');
      setEvents([]);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg" mb="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>New endpoint</Title>
          <TextInput
            label="Endpoint URL"
            description="Receives a signed POST with a JSON body for every event it subscribes to."
            placeholder="https://example.com/partnerkit/webhooks"
            required
            withAsterisk={false}
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value);
              clearFieldError('url');
            }}
            error={fieldErrors.url}
          />
          <TextInput
            label="Description"
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <Checkbox.Group
            label="Events"
            value={events}
            onChange={(value) => {
              setEvents(value);
              clearFieldError('events');
            }}
            error={fieldErrors.events}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
              {eventTypes.map((type) => (
                <Checkbox key={type} value={type} label={type} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button type="submit" loading={creating}>
              Add endpoint
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
