import { Alert, Code, Title } from '@mantine/core';
import { notifyError, PageHeader, problemOf, SecretOnceModal } from '@partnerkit/ui';
import { useState } from 'react';
import { CreateWebhookEndpointForm } from './CreateWebhookEndpointForm';
import { WebhookDeliveriesTable } from './WebhookDeliveriesTable';
import { WebhookEndpointsTable } from './WebhookEndpointsTable';
import { useWebhookEndpoints } from './useWebhookEndpoints';
import { useAdminCan } from '../session/SessionContext';

/** Endpoints that receive signed events, and every delivery with its answer. */
export function WebhooksPage() {
  const can = useAdminCan();
  const webhooks = useWebhookEndpoints();
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Your systems learn of new partners, leads, orders, commissions and payouts as they happen."
      />
      {can.own && (
        <CreateWebhookEndpointForm
          eventTypes={webhooks.eventTypes}
          creating={webhooks.creating}
          onCreate={async (input) => {
            const created = await webhooks.createEndpoint(input);
            setSecret({ name: created.endpoint.url, secret: created.secret });
          }}
        />
      )}
      {webhooks.error && (
        <Alert color="red" mb="md" title="Webhooks could not be loaded">
          {problemOf(webhooks.error).message}
        </Alert>
      )}
      <WebhookEndpointsTable
        endpoints={webhooks.endpoints}
        loading={webhooks.loading}
        onToggle={(endpoint, enabled) => webhooks.updateEndpoint(endpoint.id, { enabled }).catch(notifyError)}
        onRotate={(endpoint) =>
          webhooks
            .rotateSecret(endpoint.id)
            .then((rotated) => setSecret({ name: rotated.endpoint.url, secret: rotated.secret }))
            .catch(notifyError)
        }
        onDelete={(endpoint) => {
          if (window.confirm(`Delete ${endpoint.url} and its deliveries?`)) {
            webhooks.deleteEndpoint(endpoint.id).catch(notifyError);
          }
        }}
      />
      <Title order={3} mt="xl" mb="md">
        Deliveries
      </Title>
      <WebhookDeliveriesTable endpoints={webhooks.endpoints} />
      <SecretOnceModal
        shown={secret}
        title="Signing secret"
        usage={
          <>
            Verify each delivery's <Code>webhook-signature</Code> with it (Standard Webhooks; e.g. the{' '}
            <Code>standardwebhooks</Code> package). After a rotation the old secret also signs for 24 hours.
          </>
        }
        ifLost="if it is lost, rotate it."
        onClose={() => setSecret(null)}
      />
    </>
  );
}
