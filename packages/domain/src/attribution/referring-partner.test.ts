import { expect, test } from 'vitest';
import { referringPartner } from './referring-partner.js';

test.each([
  [[], null],
  [[{ partnerId: 'a', weightBps: 10000 }], 'a'],
  [
    [
      { partnerId: 'a', weightBps: 4000 },
      { partnerId: 'b', weightBps: 6000 },
    ],
    'b',
  ],
  [
    [
      { partnerId: 'a', weightBps: 5000 },
      { partnerId: 'b', weightBps: 5000 },
    ],
    'a',
  ],
])('the customer stays with the partner of the largest share (first on a tie): %j', (credits, expected) => {
  expect(referringPartner(credits)).toBe(expected);
});
