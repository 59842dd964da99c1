import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser.js';

const SHOP = `<!doctype html><html><head><title>Shop</title></head><body>
  <a id="buy" href="https://buy.stripe.com/test_abc123">Buy</a>
  <a id="other" href="https://example.com/about">About</a>
  <form id="signup" data-partnerkit><input name="email"></form>
  <form id="plain"><input name="q"></form>
</body></html>`;

describe.skipIf(!hasChromium)('the merchant snippet on a shop page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a click on /r/alice lands on the shop, which keeps the visitor id and tags Payment Links and forms', async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext();
    // The shop (example.com) is simulated; its page loads the snippet the app serves (proxied through the
    // shop's origin: Chromium keeps a public https page from loading scripts off the loopback address).
    const snippet = await (await fetch(`${base}/snippet.js`)).text();
    await context.route(
      (url) => url.hostname === 'example.com',
      (route) =>
        new URL(route.request().url()).pathname === '/snippet.js'
          ? route.fulfill({ contentType: 'text/javascript', body: snippet })
          : route.fulfill({
              contentType: 'text/html',
              body: SHOP.replace('<title>', '<script src="/snippet.js"></script><title>'),
            }),
    );
    const page = await context.newPage();
    // The click itself (Playwright does not route the target of a server redirect, so follow it by hand).
    const click = await fetch(`${base}/r/alice`, { redirect: 'manual' });
    await page.goto(click.headers.get('location')!);
    const landed = new URL(page.url());
    const visitorId = landed.searchParams.get('pk_vid')!;
    expect(landed.hostname).toBe('example.com');
    expect(visitorId).toMatch(/^[0-9a-f]{32}$/);

    expect(await page.evaluate(() => (window as any).Partnerkit.visitorId())).toBe(visitorId);
    expect(await page.getAttribute('#buy', 'href')).toBe(
      `https://buy.stripe.com/test_abc123?client_reference_id=${visitorId}`,
    );
    expect(await page.getAttribute('#other', 'href')).toBe('https://example.com/about');
    expect(await page.inputValue('#signup input[name="pk_vid"]')).toBe(visitorId);
    expect(await page.locator('#plain input[name="pk_vid"]').count()).toBe(0);

    // Payment Links added later are tagged too; decorate() adds the input on request.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.id = 'late';
      a.href = 'https://buy.stripe.com/test_late?prefilled_email=a%40b.c';
      document.body.appendChild(a);
      (window as any).Partnerkit.decorate(document.getElementById('plain'));
    });
    await expect
      .poll(() => page.getAttribute('#late', 'href'))
      .toBe(`https://buy.stripe.com/test_late?prefilled_email=a%40b.c&client_reference_id=${visitorId}`);
    expect(await page.inputValue('#plain input[name="pk_vid"]')).toBe(visitorId);

    // The id stays in a first-party cookie: a later page without the parameter still knows it.
    await page.goto('https://example.com/cart');
    expect(await page.evaluate(() => (window as any).Partnerkit.visitorId())).toBe(visitorId);
    const cookies = await context.cookies('https://example.com/');
    expect(cookies.find((cookie) => cookie.name === 'pk_vid')?.value).toBe(visitorId);
    await context.close();
  });
});
