import { useMutation, useQuery } from '@apollo/client/react';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from '../../gql/graphql';
import { CREATE_WEBHOOK_ENDPOINT } from './graphql/createWebhookEndpoint';
import { DELETE_WEBHOOK_ENDPOINT } from './graphql/deleteWebhookEndpoint';
import { ROTATE_WEBHOOK_SECRET } from './graphql/rotateWebhookSecret';
import { UPDATE_WEBHOOK_ENDPOINT } from './graphql/updateWebhookEndpoint';
import { WEBHOOK_ENDPOINTS } from './graphql/webhookEndpoints';

const refetchQueries = ['WebhookEndpoints'];

/** The endpoints, the event types they can subscribe to, and what an admin can do with them. */
export function useWebhookEndpoints() {
  const { data, loading, error } = useQuery(WEBHOOK_ENDPOINTS, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CREATE_WEBHOOK_ENDPOINT, { refetchQueries });
  const [update] = useMutation(UPDATE_WEBHOOK_ENDPOINT, { refetchQueries });
  const [rotate] = useMutation(ROTATE_WEBHOOK_SECRET);
  const [remove] = useMutation(DELETE_WEBHOOK_ENDPOINT, {
    refetchQueries: [...refetchQueries, 'WebhookDeliveries'],
  });
  return {
    endpoints: data?.webhookEndpoints ?? [],
    eventTypes: data?.webhookEventTypes ?? [],
    loading,
    error,
    creating: creating.loading,
    async createEndpoint(input: CreateWebhookEndpointInput) {
      const { data: created } = await create({ variables: { input } });
      if (!created) throw new Error('The endpoint was not created.');
      return created.createWebhookEndpoint;
    },
    async updateEndpoint(id: string, input: UpdateWebhookEndpointInput) {
      await update({ variables: { id, input } });
    },
    async rotateSecret(id: string) {
      const { data: rotated } = await rotate({ variables: { id } });
      if (!rotated) throw new Error('The secret was not rotated.');
      return rotated.rotateWebhookSecret;
    },
    async deleteEndpoint(id: string) {
      await remove({ variables: { id } });
    },
  };
}
