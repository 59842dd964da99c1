/** Error codes of recording inbound events exactly once. */
export const InboundEventErrorCode = {
  PayloadMismatch: 'EVENT_PAYLOAD_MISMATCH',
} as const;
