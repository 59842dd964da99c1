/** Lifecycle of a partner: PENDING -> ACTIVE | REJECTED; ACTIVE <-> SUSPENDED. Only ACTIVE partners earn. */
export const PARTNER_STATUSES = ['PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];
