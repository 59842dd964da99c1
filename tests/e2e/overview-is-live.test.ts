import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { gql, signInAdmin } from '../support/graphql-client.js';

const suffix = randomBytes(3).toString('hex');
const PARTNER = { code: `live-${suffix}`, password: 'live-partner-pass-1' };
/** A visitor's ordinary browser (the click rules count headless browsers as bots). */
const VISITOR_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe.skipIf(!hasChromium)('the portal Overview is live', () => {
  let browser: Browser;
  const base = () => inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await signInAdmin();
    const programs = await gql('{ programs(first: 1) { nodes { id } } }', {}, admin);
    const created = await gql(
      'mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }',
      {
        i: {
          code: PARTNER.code,
          name: 'Live Partner',
          email: `${PARTNER.code}@example.test`,
          password: PARTNER.password,
          programIds: [programs.data.programs.nodes[0].id],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a click on the partner’s link, from another browser, shows on the open Overview without a reload', async () => {
    // The partner, signed in, with the Overview open.
    const partnerContext = await browser.newContext();
    const page = await partnerContext.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base()}/portal/`);
    await page.getByLabel('Email or partner code').fill(PARTNER.code);
    await page.getByLabel('Password').fill(PARTNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const link = page.getByTestId('overview-default-link');
    await link.waitFor();
    expect(await link.textContent()).toMatch(new RegExp(`/r/${PARTNER.code}$`));
    const clicks = page.getByTestId('today-clicks');
    await clicks.waitFor();
    expect(await clicks.textContent()).toBe('0');
    await expect
      .poll(() => page.getByTestId('activity-feed').textContent())
      .toContain('Waiting for your next click');
    // Wait until the page's subscriptions are running (the socket is open and acknowledged).
    await page.waitForFunction(() => performance.getEntriesByType('resource').length > 0);
    const loadsBefore = await page.evaluate(() => performance.getEntriesByType('navigation').length);

    // A visitor, in a browser of their own, follows the link. The redirect goes to the demo shop
    // (example.com, not reachable here): the 302 is taken from the API as the browser sent it, and the shop's
    // page is served in its place.
    const visitor = await browser.newContext({ userAgent: VISITOR_AGENT });
    await visitor.route(
      (url) => url.pathname.startsWith('/r/'),
      async (route) => {
        const response = await route.fetch({ maxRedirects: 0 });
        expect(response.status()).toBe(302);
        await route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>Shop</title><h1>Shop</h1><p>${response.headers().location}</p>`,
        });
      },
    );
    const shop = await visitor.newPage();

    // Subscriptions start asynchronously after the socket opens: click until the first one shows (one click
    // almost always suffices), then time one more click from the visitor's request to the figure changing.
    let shown = 0;
    for (let attempt = 0; attempt < 20 && shown === 0; attempt += 1) {
      await shop.goto(`${base()}/r/${PARTNER.code}`);
      shown = await page
        .waitForFunction(
          () => document.querySelector('[data-testid="today-clicks"]')?.textContent !== '0',
          null,
          {
            timeout: 2_000,
          },
        )
        .then(() => 1)
        .catch(() => 0);
    }
    expect(shown, 'the first click reached the open page').toBe(1);
    const before = Number(await clicks.textContent());

    const started = Date.now();
    await shop.goto(`${base()}/r/${PARTNER.code}`);
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="today-clicks"]')?.textContent === String(expected),
      before + 1,
    );
    const delayMs = Date.now() - started;
    console.log(`[live] a click reached the open Overview ${delayMs} ms after the visitor's request`);

    // Without a reload: the same document, and the feed tells what happened.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loadsBefore);
    await expect.poll(() => page.getByTestId('activity-feed').textContent()).toContain('1 click (1 unique)');
    expect(Number(await page.getByTestId('period-clicks').textContent())).toBe(before + 1);
    await screenshot(page, 'portal-overview-live-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'portal-overview-live-390');
    await visitor.close();
    await partnerContext.close();
  }, 120_000);
});
