import { type PortalPartner } from '../features/session/useCurrentPartner';

/** A signed-in partner as the API returns it (with __typename, as Apollo's cache expects in mocks). */
export function aPartner(overrides: Partial<PortalPartner> = {}): PortalPartner {
  const partner = {
    __typename: 'Partner' as const,
    id: 'partner-1',
    code: 'alice',
    name: 'Alice Agency',
    email: 'alice@partnerkit.test',
    status: 'ACTIVE' as const,
    cookieWindowDays: null,
    payoutMethod: null,
    payoutDestination: null,
    notifyOnSale: true,
    notifyOnPayment: true,
    createdAt: '2026-11-01T10:00:00.000Z',
    approvedAt: '2026-11-02T10:00:00.000Z',
    programs: [
      {
        __typename: 'Program' as const,
        id: 'program-1',
        name: 'Standard partners',
        notes: 'Earn on every sale you refer.',
        currency: 'USD',
        cookieWindowDays: 60,
        holdDays: 30,
        minimumPayout: { __typename: 'Money' as const, formatted: '$50.00' },
      },
    ],
    ...overrides,
  };
  return partner;
}
