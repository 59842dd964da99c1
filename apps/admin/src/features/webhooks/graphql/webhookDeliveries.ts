import { graphql } from '../../../gql';

export const WEBHOOK_DELIVERIES = graphql(`
  query WebhookDeliveries($first: Int!, $after: String, $endpointId: ID, $status: WebhookDeliveryStatus) {
    webhookDeliveries(first: $first, after: $after, endpointId: $endpointId, status: $status) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        eventType
        status
        attempts
        lastResponseStatus
        lastError
        lastAttemptAt
        createdAt
        body
        endpoint {
          id
          url
        }
      }
    }
  }
`);
