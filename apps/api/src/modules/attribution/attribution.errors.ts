/** Error codes of the API's attribution inputs (the domain's attribution rules have their own). */
export const AttributionApiErrorCode = {
  IpAddressInvalid: 'IP_ADDRESS_INVALID',
} as const;
