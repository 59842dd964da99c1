import { describe, expect, test } from 'vitest';
import { hashIp, ipHasher } from './ip-hash.js';

describe('ipHasher', () => {
  test('answers what hashIp answers, for addresses it remembers and ones it has forgotten', () => {
    const hasher = ipHasher('secret', 2);
    const addresses = ['203.0.113.7', ' 2001:DB8::1 ', '198.51.100.2', '203.0.113.7', '2001:db8::1'];
    for (const ip of [...addresses, ...addresses.reverse()]) expect(hasher(ip)).toBe(hashIp('secret', ip));
    expect(hasher('203.0.113.7')).not.toBe(ipHasher('other secret')('203.0.113.7'));
  });
});
