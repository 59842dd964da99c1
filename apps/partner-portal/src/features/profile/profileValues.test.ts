import { describe, expect, test } from 'vitest';
import { aPartner } from '../../test/aPartner';
import { mergeServerChanges, profileChanges, profileValuesOf, type ProfileValues } from './profileValues';

const saved: ProfileValues = profileValuesOf(aPartner());

describe('profileChanges', () => {
  test.each<[string, Partial<ProfileValues>, object]>([
    ['nothing edited', {}, {}],
    ['name', { name: 'New name' }, { name: 'New name' }],
    ['email', { email: 'new@alice.test' }, { email: 'new@alice.test' }],
    ['payout method chosen', { payoutMethod: 'CHECK' }, { payoutMethod: 'CHECK' }],
    ['destination trimmed', { payoutDestination: '  Main St 1  ' }, { payoutDestination: 'Main St 1' }],
    ['a notification turned off', { notifyOnPayment: false }, { notifyOnPayment: false }],
  ])('%s', (_case, edit, expected) => {
    expect(profileChanges(saved, { ...saved, ...edit })).toEqual(expected);
  });

  test('clearing the payout method and destination sends null', () => {
    const withPayout = { ...saved, payoutMethod: 'PAYPAL' as const, payoutDestination: 'pay@alice.test' };
    expect(profileChanges(withPayout, { ...withPayout, payoutMethod: '', payoutDestination: ' ' })).toEqual({
      payoutMethod: null,
      payoutDestination: null,
    });
  });
});

describe('mergeServerChanges', () => {
  test('untouched fields take the server value, edited fields keep the edit', () => {
    const after = { ...saved, name: 'Renamed by admin', email: 'admin-set@alice.test' };
    const edited = { ...saved, email: 'mine@alice.test', notifyOnSale: false };
    expect(mergeServerChanges(saved, after, edited)).toEqual({
      ...saved,
      name: 'Renamed by admin',
      email: 'mine@alice.test',
      notifyOnSale: false,
    });
  });
});
