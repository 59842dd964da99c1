import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { DEMO, gql, signInAdmin, signInPartner } from '../support/graphql-client.js';

const SHOP = `<!doctype html><html><head><script src="/snippet.js"></script><title>Shop</title></head><body>
  <h1>Example shop</h1>
  <form id="optin">
    <label>Email <input name="email" type="email"></label>
    <button type="submit">Get the newsletter</button>
  </form>
  <script>
    document.getElementById('optin').addEventListener('submit', function (event) {
      event.preventDefault();
      Partnerkit.lead({ email: this.email.value, name: 'Newsletter reader' })
        .then(function (result) { document.body.setAttribute('data-lead', JSON.stringify(result)); })
        .catch(function (error) { document.body.setAttribute('data-lead', 'error: ' + error.message); });
    });
  </script>
</body></html>`;

describe.skipIf(!hasChromium)(
  'a visitor referred by bob opts in and buys; bob and his recruiter earn',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('click, lead in the browser, order through the API, commissions in the ledgers', async () => {
      const base = inject('baseUrl');
      const email = `reader-${randomBytes(4).toString('hex')}@example.test`;

      // The shop (example.com, an allowed domain of the demo) loads the snippet, and the snippet posts leads,
      // both through the shop's origin (Chromium keeps a public https page from reaching loopback directly).
      // A visitor's ordinary browser (the click rules count headless browsers as bots).
      const userAgent =
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
      const context = await browser.newContext({ userAgent });
      const snippet = await (await fetch(`${base}/snippet.js`)).text();
      await context.route(
        (url) => url.hostname === 'example.com',
        async (route) => {
          const path = new URL(route.request().url()).pathname;
          if (path === '/snippet.js') return route.fulfill({ contentType: 'text/javascript', body: snippet });
          if (path === '/t/lead')
            return route.fulfill({ response: await route.fetch({ url: `${base}/t/lead` }) });
          return route.fulfill({ contentType: 'text/html', body: SHOP });
        },
      );

      // The click on bob's link (followed by hand: Playwright does not route the target of a server redirect).
      const page = await context.newPage();
      const click = await fetch(`${base}/r/bobby`, {
        redirect: 'manual',
        headers: { 'user-agent': userAgent },
      });
      expect(click.status).toBe(302);
      await page.goto(click.headers.get('location')!);
      const visitorId = new URL(page.url()).searchParams.get('pk_vid')!;
      expect(visitorId).toMatch(/^[0-9a-f]{32}$/);

      // The lead, through the snippet.
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Get the newsletter' }).click();
      await expect
        .poll(() => page.getAttribute('body', 'data-lead'))
        .toBe('{"recorded":true,"duplicate":false}');
      await screenshot(page, 'shop-lead');
      await context.close();

      // The shop records the sale with the visitor id, as a third party with an API key.
      const admin = await signInAdmin();
      const key = await gql(
        'mutation { createApiKey(input: { name: "Shop", scopes: ["events:write", "products:write"] }) { secret } }',
        {},
        admin,
      );
      const bearer = { authorization: `Bearer ${key.data.createApiKey.secret}` };
      const call = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer },
          body: JSON.stringify({ query, variables }),
        });
        return response.json();
      };
      await call('mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id } }', {
        i: { sku: 'E2E-BOOK', name: 'A book', priceMinor: '5000', currency: 'USD' },
      });
      const order = await call(
        'mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status order { attributionMethod } } }',
        {
          i: {
            externalId: `e2e-${visitorId}`,
            currency: 'USD',
            items: [{ sku: 'E2E-BOOK', quantity: 2, unitPriceMinor: '5000' }],
            taxMinor: '900',
            customer: { email },
            referral: { visitorId },
          },
        },
      );
      expect(order.data.recordOrder).toEqual({ status: 'PROCESSED', order: { attributionMethod: 'COOKIE' } });

      // Bob sees the lead payout ($2.00) and 20 % of the $100 sale ($20.00); alice 5 % as his recruiter.
      const ledgerOf = async (login: string) => {
        const session = await signInPartner(login, DEMO.bob.password);
        const result = await gql(
          '{ myLedgerEntries(first: 10) { nodes { kind amount { amountMinor } } } }',
          {},
          session,
        );
        return result.data.myLedgerEntries.nodes.map(
          (n: { kind: string; amount: { amountMinor: string } }) => `${n.kind} ${n.amount.amountMinor}`,
        );
      };
      expect((await ledgerOf(DEMO.bob.code)).sort()).toEqual(['COMMISSION 200', 'COMMISSION 2000']);
      expect(await ledgerOf(DEMO.alice.code)).toContain('COMMISSION 500');
    });
  },
);
