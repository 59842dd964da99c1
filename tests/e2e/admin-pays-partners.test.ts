import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { DEMO, gql, signInAdmin } from '../support/graphql-client.js';

describe.skipIf(!hasChromium)(
  'an admin reviews a flagged commission and pays it; the partner sees it',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('review, payout batch, PayPal file, portal shows the payment and zero payable', async () => {
      const base = inject('baseUrl');
      const suffix = randomBytes(3).toString('hex');
      const admin = await signInAdmin();
      const call = async (query: string, variables: Record<string, unknown>) => {
        const result = await gql(query, variables, admin);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return result.data;
      };

      // A program of its own (30-day hold, $5.00 minimum), a partner with PayPal details, and a product.
      const program = await call(
        'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id name } }',
        {
          i: {
            name: `Payout program ${suffix}`,
            currency: 'USD',
            holdDays: 30,
            minimumPayoutMinor: '500',
            rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] }],
          },
        },
      );
      const partner = {
        code: `pay-${suffix}`,
        email: `pay-${suffix}@example.test`,
        paypal: `pay-${suffix}.paypal@example.test`,
        password: 'e2e-partner-pass',
      };
      const created = await call('mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', {
        i: {
          code: partner.code,
          name: `Payee ${suffix}`,
          email: partner.email,
          status: 'ACTIVE',
          password: partner.password,
          programIds: [program.createProgram.id],
        },
      });
      await call('mutation($id: ID!, $i: UpdatePartnerInput!) { updatePartner(id: $id, input: $i) { id } }', {
        id: created.createPartner.id,
        i: { payoutMethod: 'PAYPAL', payoutDestination: partner.paypal },
      });
      const key = await call(
        'mutation { createApiKey(input: { name: "Shop", scopes: ["events:write", "products:write"] }) { secret } }',
        {},
      );
      const shop = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${key.createApiKey.secret}`,
          },
          body: JSON.stringify({ query, variables }),
        });
        return response.json();
      };
      const sku = `PAY-${suffix}`;
      await shop('mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id } }', {
        i: { sku, name: 'Payout course', priceMinor: '10000', currency: 'USD' },
      });
      // 40 days ago (past the hold), bought by the partner themselves: a self-referral, FLAGGED.
      const order = await shop(
        'mutation($i: RecordOrderInput!) { recordOrder(input: $i) { order { commissions { status } } } }',
        {
          i: {
            externalId: `pay-${suffix}`,
            currency: 'USD',
            items: [{ sku, quantity: 1, unitPriceMinor: '10000' }],
            customer: { email: partner.email },
            referral: { programId: program.createProgram.id, partnerCode: partner.code },
            orderedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
          },
        },
      );
      expect(order.data.recordOrder.order.commissions).toEqual([{ status: 'FLAGGED' }]);

      // The admin approves it in the review queue.
      const adminContext = await browser.newContext({ acceptDownloads: true });
      const page = await adminContext.newPage();
      await page.goto(`${base}/admin/`);
      await page.getByLabel('Email').fill(DEMO.admin.email);
      await page.getByLabel('Password').fill(DEMO.admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: 'Review queue' }).click();
      const approve = page.getByRole('button', { name: `Approve commission of ${partner.code} level 1` });
      await approve.waitFor();
      await page.getByLabel('Note (optional, kept with the decision)').fill('Bought for a client, fine');
      await screenshot(page, 'admin-review-queue');
      await approve.click();
      await approve.waitFor({ state: 'detached' });

      // The payout preview of the program shows the partner READY with $10.00; the batch pays it.
      await page.getByRole('link', { name: 'Payouts' }).click();
      await page.getByLabel('Program').first().selectOption({ label: program.createProgram.name });
      const row = page.getByTestId(`preview-${partner.code}`);
      await expect.poll(() => row.textContent()).toContain('Ready');
      expect(await row.textContent()).toContain('$10.00');
      await page.getByLabel('Reference (optional)').fill(`E2E-${suffix}`);
      await screenshot(page, 'admin-payouts-preview');
      await page.getByRole('button', { name: 'Pay 1 partner ($10.00)' }).click();
      await page.getByRole('heading', { name: 'Payout batch of $10.00' }).waitFor();
      await page.getByRole('link', { name: `Payee ${suffix} (${partner.code})` }).waitFor();
      await screenshot(page, 'admin-payout-batch');

      // The PayPal Payouts file: no header, one row.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PayPal file' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^paypal-payouts-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}-USD-1\.csv$/,
      );
      const content = await readFile((await download.path())!, 'utf8');
      const today = new Date().toISOString().slice(0, 10);
      expect(content).toBe(
        `${partner.paypal},10.00,USD,${partner.code},Partner commission payout ${today} (E2E-${suffix}),PAYPAL\n`,
      );

      // The partner's page: the payment in the ledger, its cause linked to the batch; pay-or-adjust panel.
      await page.getByRole('link', { name: `Payee ${suffix} (${partner.code})` }).click();
      const ledger = page.getByRole('table', { name: 'Ledger' });
      await ledger.getByText(`E2E-${suffix}`, { exact: false }).waitFor();
      expect(await ledger.getByRole('button', { name: 'Void' }).count()).toBe(1);
      await page.getByRole('heading', { name: 'Pay or adjust' }).waitFor();
      await screenshot(page, 'admin-partner-ledger');
      await adminContext.close();

      // The partner's portal shows the payment and a zero payable balance.
      const portalContext = await browser.newContext();
      const portal = await portalContext.newPage();
      await portal.goto(`${base}/portal/`);
      await portal.getByLabel('Email or partner code').fill(partner.code);
      await portal.getByLabel('Password').fill(partner.password);
      await portal.getByRole('button', { name: 'Sign in' }).click();
      await portal.getByRole('link', { name: 'Earnings', exact: true }).click();
      const payments = portal.getByRole('table', { name: 'Payments' });
      await payments.getByText(`E2E-${suffix}`).waitFor();
      const payment = payments.getByRole('row').filter({ hasText: `E2E-${suffix}` });
      expect(await payment.textContent()).toContain('PayPal');
      expect(await payment.textContent()).toContain('$10.00');
      await expect.poll(() => portal.getByTestId('balance-payable-USD').textContent()).toBe('$0.00');
      expect(await portal.getByTestId('balance-paid-USD').textContent()).toBe('$10.00');
      expect(await portal.getByTestId('payout-status-USD').textContent()).toContain('Not payable yet');
      await screenshot(portal, 'portal-earnings-paid');
      await portalContext.close();
    });
  },
);
