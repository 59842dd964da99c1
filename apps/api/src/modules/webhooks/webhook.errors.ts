/** Error codes of outgoing webhooks. */
export const WebhookErrorCode = {
  UrlInvalid: 'WEBHOOK_URL_INVALID',
  UrlNotAllowed: 'WEBHOOK_URL_NOT_ALLOWED',
  EventsRequired: 'WEBHOOK_EVENTS_REQUIRED',
  EventUnknown: 'WEBHOOK_EVENT_UNKNOWN',
  EndpointNotFound: 'WEBHOOK_ENDPOINT_NOT_FOUND',
  DeliveryNotFound: 'WEBHOOK_DELIVERY_NOT_FOUND',
} as const;
