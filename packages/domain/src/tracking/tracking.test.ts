import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isDomainError } from '../errors/index.js';
import {
  allowedDeepLink,
  isAllowedHost,
  normalizeAllowedDomain,
  normalizeLinkSlug,
  normalizeSubId,
  safeDeepLink,
  snippetLeadNeedsReview,
  visitorCookieDays,
} from './index.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return isDomainError(error) ? `${error.code}:${error.field}` : 'other';
  }
};

describe('link slugs', () => {
  test.each([
    ['Summer-Sale', 'summer-sale'],
    [' pricing ', 'pricing'],
    ['a', 'a'],
    ['2024', '2024'],
  ])('%j -> %j', (raw, slug) => expect(normalizeLinkSlug(raw)).toBe(slug));
  test.each(['', '-a', 'a-', 'a_b', 'a b', 'é', 'a'.repeat(65)])('%j is refused', (raw) =>
    expect(codeOf(() => normalizeLinkSlug(raw))).toBe('LINK_SLUG_INVALID:slug'),
  );
});

describe('sub-ids', () => {
  test.each([
    ['', null],
    ['  ', null],
    [null, null],
    ['fb_Spring.2024-a', 'fb_Spring.2024-a'],
    ['x'.repeat(100), 'x'.repeat(100)],
  ])('%j -> %j', (raw, subId) => expect(normalizeSubId(raw)).toBe(subId));
  test.each(['x'.repeat(101), 'a b', 'a/b', '<script>', 'ü'])('%j is refused', (raw) =>
    expect(codeOf(() => normalizeSubId(raw))).toBe('SUB_ID_INVALID:subId'),
  );
});

describe('allowed domains', () => {
  test.each([
    ['Shop.Example.com', 'shop.example.com'],
    ['*.example.com', '*.example.com'],
    ['localhost', 'localhost'],
  ])('%j -> %j', (raw, domain) => expect(normalizeAllowedDomain(raw)).toBe(domain));
  test.each(['https://example.com', 'example.com/path', '*', '*.', 'a..b', 'ex ample.com', 'host:80'])(
    '%j is refused',
    (raw) => expect(codeOf(() => normalizeAllowedDomain(raw))).toBe('ALLOWED_DOMAIN_INVALID:allowedDomains'),
  );
  test.each([
    ['shop.example.com', ['shop.example.com'], true],
    ['SHOP.example.com', ['shop.example.com'], true],
    ['evil.com', ['shop.example.com'], false],
    ['shop.example.com.evil.com', ['shop.example.com'], false],
    ['a.example.com', ['*.example.com'], true],
    ['a.b.example.com', ['*.example.com'], true],
    ['example.com', ['*.example.com'], false],
    ['badexample.com', ['*.example.com'], false],
  ])('%j in %j: %j', (host, domains, allowed) => expect(isAllowedHost(host, domains)).toBe(allowed));
});

describe('deep links (the open-redirect guard)', () => {
  const domains = ['shop.example.com', '*.example.org'];
  test('an allowed URL is kept (canonical form)', () => {
    expect(allowedDeepLink('https://shop.example.com/p/1?x=2#top', domains, null)).toBe(
      'https://shop.example.com/p/1?x=2#top',
    );
    expect(allowedDeepLink('https://www.example.org/', domains, null)).toBe('https://www.example.org/');
  });
  test("the default landing URL's host is always allowed", () => {
    expect(allowedDeepLink('https://landing.test/a', [], 'https://landing.test/')).toBe(
      'https://landing.test/a',
    );
  });
  test.each([
    ['https://evil.com/', 'LINK_DOMAIN_NOT_ALLOWED:url'],
    ['https://shop.example.com@evil.com/', 'LINK_URL_INVALID:url'],
    ['https://user:pw@shop.example.com/', 'LINK_URL_INVALID:url'],
    ['javascript:alert(1)', 'LINK_URL_INVALID:url'],
    ['//evil.com/', 'LINK_URL_INVALID:url'],
    ['/relative', 'LINK_URL_INVALID:url'],
    ['ftp://shop.example.com/', 'LINK_URL_INVALID:url'],
  ])('%j is refused (%s)', (raw, code) => {
    expect(codeOf(() => allowedDeepLink(raw, domains, null))).toBe(code);
    expect(safeDeepLink(raw, domains, null)).toBeNull();
  });
  test('property: an accepted deep link always has an allowed host', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (raw) => {
        const result = safeDeepLink(raw, domains, null);
        if (result !== null) expect(isAllowedHost(new URL(result).hostname, domains)).toBe(true);
      }),
    );
  });
});

describe('visitor cookie window', () => {
  test.each([
    [null, [], 30],
    [null, [30, 90, 60], 90],
    [7, [30, 90], 7],
    [undefined, [0], 30],
  ])('override %j, programs %j -> %j days', (override, windows, days) =>
    expect(visitorCookieDays(override, windows)).toBe(days),
  );
});

describe('snippet leads above the hourly limit go to review', () => {
  test.each([
    [0, 20, false],
    [19, 20, false],
    [20, 20, true],
    [21, 20, true],
    [0, 1, false],
    [1, 1, true],
  ])('%i leads in the hour, limit %i -> review %s', (leads, limit, review) =>
    expect(snippetLeadNeedsReview(leads, limit)).toBe(review),
  );
});
