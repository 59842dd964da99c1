import { type PayoutMethod } from '../../gql/graphql';

interface PayoutMethodText {
  label: string;
  /** What to put in "Payout destination" for this method. */
  destinationHint: string;
}

export const PAYOUT_METHODS: Record<PayoutMethod, PayoutMethodText> = {
  PAYPAL: { label: 'PayPal', destinationHint: 'The email address of your PayPal account.' },
  BANK_TRANSFER: {
    label: 'Bank transfer',
    destinationHint: 'Account holder, IBAN or account number, and bank (SWIFT/BIC or routing number).',
  },
  CHECK: { label: 'Check', destinationHint: 'The name and postal address to mail checks to.' },
  OTHER: { label: 'Other', destinationHint: 'How the program team should pay you.' },
};

/** Options of the "Payout method" select; the empty value means "not chosen yet". */
export const PAYOUT_METHOD_OPTIONS = [
  { value: '', label: 'None' },
  ...(Object.keys(PAYOUT_METHODS) as PayoutMethod[]).map((method) => ({
    value: method,
    label: PAYOUT_METHODS[method].label,
  })),
];

export function isPayoutMethod(value: string): value is PayoutMethod {
  return value in PAYOUT_METHODS;
}
