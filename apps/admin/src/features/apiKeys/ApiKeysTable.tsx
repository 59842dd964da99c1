import { Badge, Button, Group, Text } from '@mantine/core';
import { DataTable, DateTimeText, type DataTableColumn } from '@partnerkit/ui';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';

export interface ApiKeysTableProps {
  apiKeys: readonly ApiKeyFieldsFragment[];
  loading: boolean;
  onRevoke: (apiKey: ApiKeyFieldsFragment) => void;
  onRotate: (apiKey: ApiKeyFieldsFragment) => void;
}

export function ApiKeysTable({ apiKeys, loading, onRevoke, onRotate }: ApiKeysTableProps) {
  const columns: DataTableColumn<ApiKeyFieldsFragment>[] = [
    { key: 'name', header: 'Name', render: (key) => key.name },
    {
      key: 'prefix',
      header: 'Prefix',
      render: (key) => (
        <Text ff="monospace" size="sm">
          {key.prefix}…
        </Text>
      ),
    },
    {
      key: 'scopes',
      header: 'Scopes',
      render: (key) => (
        <Group gap={4}>
          {key.scopes.map((scope) => (
            <Badge key={scope} variant="outline" tt="none">
              {scope}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'created', header: 'Created', render: (key) => <DateTimeText value={key.createdAt} withTime /> },
    {
      key: 'lastUsed',
      header: 'Last used',
      render: (key) => <DateTimeText value={key.lastUsedAt} withTime empty="Never" />,
    },
    {
      key: 'expires',
      header: 'Expires',
      render: (key) => <DateTimeText value={key.expiresAt} withTime empty="Never" />,
    },
    {
      key: 'rotated',
      header: 'Rotated',
      render: (key) =>
        key.rotatedAt ? (
          <Text size="sm">
            <DateTimeText value={key.rotatedAt} withTime />
            {key.previousSecretExpiresAt && (
              <Text span size="xs" c="dimmed" display="block">
                old secret until <DateTimeText value={key.previousSecretExpiresAt} withTime />
              </Text>
            )}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        ),
    },
    {
      key: 'limit',
      header: 'Limit',
      render: (key) => (key.rateLimitPerMinute ? `${key.rateLimitPerMinute}/min` : 'Default'),
    },
    {
      key: 'revoked',
      header: 'Revoked',
      render: (key) =>
        key.revokedAt ? (
          <Text size="sm" c="red">
            <DateTimeText value={key.revokedAt} withTime />
          </Text>
        ) : (
          <Group gap={4} wrap="nowrap">
            <Button
              size="xs"
              variant="subtle"
              aria-label={`Rotate ${key.name}`}
              onClick={() => onRotate(key)}
            >
              Rotate
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Revoke ${key.name}`}
              onClick={() => onRevoke(key)}
            >
              Revoke
            </Button>
          </Group>
        ),
    },
  ];
  return (
    <DataTable
      label="API keys"
      columns={columns}
      rows={apiKeys}
      rowKey={(key) => key.id}
      loading={loading}
      emptyText="No API keys yet."
    />
  );
}
