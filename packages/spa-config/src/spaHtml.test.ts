import { describe, expect, test } from 'vitest';
import { spaPageHtml, titleOf } from './spaHtml.js';

describe('the page template of the SPAs', () => {
  test("takes the app's title from its index.html", () => {
    expect(titleOf('<!doctype html>\n<title> Partner Portal </title>\n<!-- note -->')).toBe('Partner Portal');
  });

  test('refuses an index.html without a title', () => {
    expect(() => titleOf('<!doctype html>')).toThrow(/needs a <title>/);
  });

  test('links both icons, the runtime config and the entry under the base path', () => {
    const html = spaPageHtml('Partnerkit Admin');
    expect(html).toContain('<title>Partnerkit Admin</title>');
    expect(html).toContain('<link rel="icon" href="%BASE_URL%favicon.ico" sizes="32x32" />');
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="%BASE_URL%favicon.svg" />');
    expect(html).toContain('<script src="%BASE_URL%config.js"></script>');
    expect(html).toContain('<script type="module" src="/src/main.tsx"></script>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1.0" />');
  });
});
