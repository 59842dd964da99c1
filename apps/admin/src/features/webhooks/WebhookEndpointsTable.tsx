import { Badge, Button, Group, Switch, Text } from '@mantine/core';
import { DataTable, DateTimeText, type DataTableColumn } from '@partnerkit/ui';
import type { WebhookEndpointFieldsFragment } from '../../gql/graphql';

export interface WebhookEndpointsTableProps {
  endpoints: readonly WebhookEndpointFieldsFragment[];
  loading: boolean;
  onToggle: (endpoint: WebhookEndpointFieldsFragment, enabled: boolean) => void;
  onRotate: (endpoint: WebhookEndpointFieldsFragment) => void;
  onDelete: (endpoint: WebhookEndpointFieldsFragment) => void;
}

export function WebhookEndpointsTable({
  endpoints,
  loading,
  onToggle,
  onRotate,
  onDelete,
}: WebhookEndpointsTableProps) {
  const columns: DataTableColumn<WebhookEndpointFieldsFragment>[] = [
    {
      key: 'url',
      header: 'Endpoint',
      render: (endpoint) => (
        <div>
          <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {endpoint.url}
          </Text>
          {endpoint.description && (
            <Text size="xs" c="dimmed">
              {endpoint.description}
            </Text>
          )}
        </div>
      ),
    },
    {
      key: 'events',
      header: 'Events',
      render: (endpoint) => (
        <Group gap={4}>
          {endpoint.events.map((event) => (
            <Badge key={event} variant="outline" tt="none">
              {event}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'created', header: 'Added', render: (endpoint) => <DateTimeText value={endpoint.createdAt} /> },
    {
      key: 'enabled',
      header: 'Enabled',
      render: (endpoint) => (
        <Switch
          checked={endpoint.enabled}
          aria-label={`Enabled: ${endpoint.url}`}
          onChange={(e) => onToggle(endpoint, e.currentTarget.checked)}
        />
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      render: (endpoint) => (
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            aria-label={`Rotate the secret of ${endpoint.url}`}
            onClick={() => onRotate(endpoint)}
          >
            Rotate secret
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Delete ${endpoint.url}`}
            onClick={() => onDelete(endpoint)}
          >
            Delete
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <DataTable
      label="Webhook endpoints"
      columns={columns}
      rows={endpoints}
      rowKey={(endpoint) => endpoint.id}
      loading={loading}
      emptyText="No endpoints yet."
    />
  );
}
