import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import {
  acceptedContentType,
  assertCollateralText,
  bannerHtml,
  downloadFileName,
  escapeHtml,
  parseUploadedKind,
  renderCollateralText,
} from './collateral-rules.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return isDomainError(error) ? [error.code, error.field] : error;
  }
};

describe('accepted file types, by the detected type', () => {
  test.each([
    ['BANNER', 'png', 'image/png'],
    ['BANNER', 'jpg', 'image/jpeg'],
    ['BANNER', 'gif', 'image/gif'],
    ['BANNER', 'webp', 'image/webp'],
    ['BANNER', 'svg', 'image/svg+xml'],
    ['FILE', 'pdf', 'application/pdf'],
    ['FILE', 'zip', 'application/zip'],
  ] as const)('%s accepts %s as %s', (kind, ext, type) => {
    expect(acceptedContentType(kind, { ext, mime: type })).toBe(type);
  });

  test.each([
    ['BANNER', 'pdf'],
    ['BANNER', 'zip'],
    ['FILE', 'png'],
    ['FILE', 'exe'],
    ['FILE', 'docx'],
    ['BANNER', 'tif'],
  ] as const)('%s refuses %s', (kind, ext) => {
    expect(codeOf(() => acceptedContentType(kind, { ext, mime: 'x/y' }))).toEqual([
      'COLLATERAL_TYPE_NOT_ALLOWED',
      'file',
    ]);
  });

  test('an unrecognised type (an HTML page named .png) is refused', () => {
    expect(codeOf(() => acceptedContentType('BANNER', null))).toEqual([
      'COLLATERAL_TYPE_NOT_ALLOWED',
      'file',
    ]);
  });

  test.each([
    ['banner', 'BANNER'],
    [' FILE ', 'FILE'],
  ])('kind %j is %s', (raw, kind) => expect(parseUploadedKind(raw, 'kind')).toBe(kind));

  test.each([undefined, '', 'EMAIL_SWIPE', 'image'])('kind %j is refused', (raw) => {
    expect(codeOf(() => parseUploadedKind(raw, 'kind'))).toEqual(['COLLATERAL_KIND_INVALID', 'kind']);
  });
});

describe('merge fields of swipes and snippets', () => {
  test('known fields pass, an unknown one is refused with the field named', () => {
    expect(
      codeOf(() => assertCollateralText('Hi {{ name }}: {{trackingLink}} ({{code}})', 'body')),
    ).toBeNull();
    expect(codeOf(() => assertCollateralText('Hi {{amount}}', 'subject'))).toEqual([
      'COLLATERAL_MERGE_FIELD_UNKNOWN',
      'subject',
    ]);
  });

  test('text keeps values as they are; HTML escapes them', () => {
    const values = { trackingLink: 'https://go.test/r/ann?url=a&b', name: 'Ann <3', code: 'ann1' };
    expect(renderCollateralText('{{name}}: {{trackingLink}}', values)).toBe(
      'Ann <3: https://go.test/r/ann?url=a&b',
    );
    expect(renderCollateralText('<b>{{name}}</b> <a href="{{trackingLink}}">', values, 'HTML')).toBe(
      '<b>Ann &lt;3</b> <a href="https://go.test/r/ann?url=a&amp;b">',
    );
  });

  test('property: an escaped value never holds markup or breaks out of an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});

describe('banner HTML and download names', () => {
  test('the banner links the partner tracking link and states its size', () => {
    expect(
      bannerHtml({
        trackingLink: 'https://go.test/r/ann?url=https%3A%2F%2Fshop.test%2F',
        imageUrl: 'https://go.test/collateral/banners/abc.png',
        width: 300,
        height: 250,
        alt: 'Spring "sale"',
      }),
    ).toBe(
      '<a href="https://go.test/r/ann?url=https%3A%2F%2Fshop.test%2F"><img src="https://go.test/collateral/banners/abc.png" width="300" height="250" alt="Spring &quot;sale&quot;"></a>',
    );
  });

  test.each([
    ['Spring sale 2026', 'pdf', 'Spring-sale-2026.pdf'],
    ['Crème brûlée', 'zip', 'Creme-brulee.zip'],
    ['../../etc/passwd', 'png', 'etc-passwd.png'],
    ['日本', 'svg', 'download.svg'],
    ['"quoted"\r\nname', 'txt', 'quoted-name.txt'],
  ])('%j as %s downloads as %s', (title, ext, name) => {
    expect(downloadFileName(title, ext)).toBe(name);
  });

  test('property: a download name is always a safe, short file name', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('png', 'pdf', 'zip', 'txt'), (title, ext) => {
        const name = downloadFileName(title, ext);
        expect(name).toMatch(/^[A-Za-z0-9_-]{1,80}\.[a-z]+$/);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});
