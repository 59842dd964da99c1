import { describe, expect, test } from 'vitest';
import { describeCause } from './entryCause';

describe('describeCause', () => {
  test.each([
    [{ kind: 'SALE', orderExternalId: 'o-1', level: 2 }, 'Sale o-1 (level 2)'],
    [
      { kind: 'REFUND', orderExternalId: 'o-1', refundExternalId: 'r-1', level: 1 },
      'Refund r-1 of o-1 (level 1)',
    ],
    [
      { kind: 'PAYOUT', payoutBatchId: 'b-3', method: 'PAYPAL', reference: 'TX9' },
      'Payout b-3, PayPal, ref. TX9',
    ],
    [{ kind: 'ADJUSTMENT', reason: 'Bonus', adminEmail: 'a@x.test' }, 'Adjustment: Bonus (by a@x.test)'],
    [{ kind: 'LEAD', leadExternalId: 'l-1', level: 1 }, 'Lead l-1 (level 1)'],
  ])('%j reads "%s"', (cause, text) => {
    expect(describeCause(cause)).toBe(text);
  });
});
