import { describe, expect, test } from 'vitest';
import { commissionStatusLabel } from './CommissionStatusBadge.js';

describe('CommissionStatusBadge', () => {
  test.each([
    ['PENDING', 'Pending'],
    ['PAYABLE', 'Payable'],
    ['PAID', 'Paid'],
    ['FLAGGED', 'Flagged'],
    ['VOIDED', 'Voided'],
  ])('%s reads %s', (status, label) => {
    expect(commissionStatusLabel(status)).toBe(label);
  });

  test('an unknown status is shown as sent', () => {
    expect(commissionStatusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
