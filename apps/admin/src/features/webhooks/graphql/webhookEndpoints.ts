import { graphql } from '../../../gql';

export const WEBHOOK_ENDPOINTS = graphql(`
  query WebhookEndpoints {
    webhookEventTypes
    webhookEndpoints {
      ...WebhookEndpointFields
    }
  }
`);
