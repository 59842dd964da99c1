import { Badge, Button, Code, Group, NativeSelect, Spoiler, Text } from '@mantine/core';
import { DataTable, DateTimeText, LoadMoreFooter, notifyError, type DataTableColumn } from '@partnerkit/ui';
import { useMutation } from '@apollo/client/react';
import { useConnectionQuery } from '@partnerkit/ui';
import { useState } from 'react';
import type {
  WebhookDeliveriesQuery,
  WebhookDeliveryStatus,
  WebhookEndpointFieldsFragment,
} from '../../gql/graphql';
import { REPLAY_WEBHOOK_DELIVERY } from './graphql/replayWebhookDelivery';
import { WEBHOOK_DELIVERIES } from './graphql/webhookDeliveries';

type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['nodes'][number];

const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'yellow',
  DELIVERED: 'green',
  FAILED: 'red',
};

export interface WebhookDeliveriesTableProps {
  endpoints: readonly WebhookEndpointFieldsFragment[];
}

/** Every delivery, newest first, with the endpoint's last answer; failed ones can be replayed. */
export function WebhookDeliveriesTable({ endpoints }: WebhookDeliveriesTableProps) {
  const [endpointId, setEndpointId] = useState('');
  const [status, setStatus] = useState('');
  const { nodes, totalCount, hasNextPage, loading, loadMore } = useConnectionQuery(
    WEBHOOK_DELIVERIES,
    'webhookDeliveries',
    {
      first: 50,
      endpointId: endpointId || null,
      status: (status || null) as WebhookDeliveryStatus | null,
    },
  );
  const [replay, replaying] = useMutation(REPLAY_WEBHOOK_DELIVERY, { refetchQueries: ['WebhookDeliveries'] });

  const columns: DataTableColumn<Delivery>[] = [
    { key: 'created', header: 'Queued', render: (d) => <DateTimeText value={d.createdAt} withTime /> },
    { key: 'event', header: 'Event', render: (d) => <Code>{d.eventType}</Code> },
    {
      key: 'endpoint',
      header: 'Endpoint',
      render: (d) => (
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {d.endpoint.url}
        </Text>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (d) => (
        <Group gap={4}>
          <Badge color={STATUS_COLOR[d.status]} variant="light">
            {d.status}
          </Badge>
          <Text size="xs">
            {d.attempts} attempt{d.attempts === 1 ? '' : 's'}
            {d.lastResponseStatus !== null ? `, last answer ${d.lastResponseStatus}` : ''}
          </Text>
          {d.lastError && (
            <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>
              {d.lastError}
            </Text>
          )}
        </Group>
      ),
    },
    {
      key: 'body',
      header: 'Body',
      render: (d) => (
        <Spoiler maxHeight={0} showLabel="Show" hideLabel="Hide">
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {JSON.stringify(JSON.parse(d.body), null, 2)}
          </Code>
        </Spoiler>
      ),
    },
    {
      key: 'replay',
      header: 'Replay',
      render: (d) => (
        <Button
          size="xs"
          variant="subtle"
          loading={replaying.loading}
          aria-label={`Replay delivery ${d.id}`}
          onClick={() => replay({ variables: { id: d.id } }).catch(notifyError)}
        >
          Replay
        </Button>
      ),
    },
  ];

  return (
    <>
      <Group mb="md" align="flex-end">
        <NativeSelect
          label="Endpoint"
          value={endpointId}
          onChange={(e) => setEndpointId(e.currentTarget.value)}
          data={[
            { value: '', label: 'All endpoints' },
            ...endpoints.map((e) => ({ value: e.id, label: e.url })),
          ]}
          w={{ base: '100%', xs: 320 }}
        />
        <NativeSelect
          label="Status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: '', label: 'All' },
            { value: 'PENDING', label: 'Pending' },
            { value: 'DELIVERED', label: 'Delivered' },
            { value: 'FAILED', label: 'Failed' },
          ]}
        />
      </Group>
      <DataTable
        label="Webhook deliveries"
        columns={columns}
        rows={nodes}
        rowKey={(d) => d.id}
        loading={loading && nodes.length === 0}
        emptyText="No deliveries yet."
      />
      <LoadMoreFooter
        shown={nodes.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loading}
        onLoadMore={loadMore}
      />
    </>
  );
}
