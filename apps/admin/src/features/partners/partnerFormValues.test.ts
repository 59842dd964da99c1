import { describe, expect, test } from 'vitest';
import { changedPartnerInput, type PartnerFormValues } from './partnerFormValues';

const SAVED: PartnerFormValues = {
  code: 'bobby',
  name: 'Bob Reviews',
  email: 'bob@example.com',
  status: 'ACTIVE',
  parentCode: 'alice',
  programIds: ['p1', 'p2'],
  cookieWindowDays: '',
  payoutMethod: '',
  payoutDestination: '',
  password: '',
};

describe('changedPartnerInput', () => {
  test('sends nothing when nothing changed (programs in another order included)', () => {
    expect(changedPartnerInput(SAVED, { ...SAVED, programIds: ['p2', 'p1'], name: ' Bob Reviews ' })).toEqual(
      {},
    );
  });

  test.each<[string, Partial<PartnerFormValues>, object]>([
    ['a new name', { name: 'Bob' }, { name: 'Bob' }],
    ['a status change', { status: 'SUSPENDED' }, { status: 'SUSPENDED' }],
    ['a removed parent as null', { parentCode: '' }, { parentCode: null }],
    ['another parent, lower-cased', { parentCode: 'Carol' }, { parentCode: 'carol' }],
    ['a cookie window override', { cookieWindowDays: 45 }, { cookieWindowDays: 45 }],
    [
      'payout details',
      { payoutMethod: 'PAYPAL', payoutDestination: 'b@x.io' },
      { payoutMethod: 'PAYPAL', payoutDestination: 'b@x.io' },
    ],
    ['a new password', { password: 'secret-pass-1' }, { password: 'secret-pass-1' }],
    ['other programs', { programIds: ['p1'] }, { programIds: ['p1'] }],
  ])('sends only %s', (_what, edit, expected) => {
    expect(changedPartnerInput(SAVED, { ...SAVED, ...edit })).toEqual(expected);
  });

  test('clears a cookie window override with null', () => {
    expect(changedPartnerInput({ ...SAVED, cookieWindowDays: 10 }, SAVED)).toEqual({
      cookieWindowDays: null,
    });
  });
});
