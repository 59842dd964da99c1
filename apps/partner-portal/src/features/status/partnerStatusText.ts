import { type PartnerStatus } from '../../gql/graphql';

interface StatusText {
  label: string;
  color: string;
  /** What the status means for the partner; none when all is well. */
  notice?: { title: string; message: string };
}

/** How the portal explains each partner status (only ACTIVE partners earn). */
export const PARTNER_STATUS_TEXT: Record<PartnerStatus, StatusText> = {
  ACTIVE: { label: 'Active', color: 'teal' },
  PENDING: {
    label: 'Pending approval',
    color: 'yellow',
    notice: {
      title: 'Your account awaits approval',
      message:
        'The program team reviews every new partner. You start earning commissions once your account is approved; meanwhile you can complete your profile.',
    },
  },
  SUSPENDED: {
    label: 'Suspended',
    color: 'red',
    notice: {
      title: 'Your account is suspended',
      message:
        'While your account is suspended you do not earn commissions on new referrals. Contact the program team to resolve this.',
    },
  },
  REJECTED: {
    label: 'Rejected',
    color: 'gray',
    notice: {
      title: 'Your application was not approved',
      message: 'You do not earn commissions. Contact the program team if you think this is a mistake.',
    },
  },
};
