import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { DEMO, gql, signInAdmin } from '../support/graphql-client.js';

const suffix = randomBytes(3).toString('hex');
const BANNER = `Leaderboard ${suffix}`;
const SWIPE = `Welcome email ${suffix}`;
const BANNER_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="468" height="60"><rect width="468" height="60" fill="#2b6cb0"/>' +
    '<text x="20" y="38" font-size="22" fill="#fff" font-family="Arial">Try the shop</text></svg>',
);

async function pickProgram(page: Page) {
  await page.getByRole('textbox', { name: 'Programs' }).click();
  await page.getByRole('option', { name: 'Standard partners' }).click();
  await page.keyboard.press('Escape');
}

describe.skipIf(!hasChromium)('collateral: an admin uploads, a partner promotes with it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a banner and a swipe, copied and downloaded with the partner’s own link',
    { timeout: 180_000 },
    async () => {
      const base = inject('baseUrl');

      // The admin uploads a banner and writes a swipe in the console.
      const adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const admin = await adminContext.newPage();
      await admin.goto(`${base}/admin/`);
      await admin.getByLabel('Email').fill(DEMO.admin.email);
      await admin.getByLabel('Password').fill(DEMO.admin.password);
      await admin.getByRole('button', { name: 'Sign in' }).click();
      await admin.getByRole('link', { name: 'Collateral' }).click();
      await admin.getByRole('heading', { name: 'Collateral' }).waitFor();

      await admin.getByRole('button', { name: 'Upload banner' }).click();
      const dialog = admin.getByRole('dialog');
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'leaderboard.svg',
        mimeType: 'image/svg+xml',
        buffer: BANNER_SVG,
      });
      await dialog.getByRole('textbox', { name: 'Title' }).fill(BANNER);
      await pickProgram(admin);
      await dialog.getByRole('textbox', { name: 'Landing URL' }).fill('https://example.com/spring');
      await dialog.getByRole('button', { name: 'Upload' }).click();
      await admin.getByText(BANNER, { exact: true }).waitFor();
      await admin.getByText('468 × 60 px', { exact: false }).first().waitFor();

      await admin.getByRole('tab', { name: /Email swipes/ }).click();
      await admin.getByRole('button', { name: 'Write email swipe' }).click();
      await dialog.getByRole('textbox', { name: 'Title' }).fill(SWIPE);
      await pickProgram(admin);
      await dialog.getByRole('textbox', { name: 'Subject' }).fill('Hello from {{name}}');
      await dialog
        .getByRole('textbox', { name: 'Body' })
        .fill('Have a look: {{trackingLink}}\n{{name}} ({{code}})');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await admin.getByText(SWIPE, { exact: true }).waitFor();

      // The partner copies the banner's HTML and downloads the swipe.
      const portalContext = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        permissions: ['clipboard-read', 'clipboard-write'],
        acceptDownloads: true,
      });
      const portal = await portalContext.newPage();
      await portal.goto(`${base}/portal/`);
      await portal.getByLabel('Email or partner code').fill(DEMO.alice.code);
      await portal.getByLabel('Password').fill(DEMO.alice.password);
      await portal.getByRole('button', { name: 'Sign in' }).click();
      await portal.getByRole('link', { name: 'Materials' }).click();
      const banner = portal.getByRole('article', { name: BANNER });
      await banner.waitFor();
      await banner.getByText('468 × 60 px').waitFor();
      await expect
        .poll(() =>
          banner
            .getByRole('img', { name: `Banner: ${BANNER}` })
            .evaluate((image: HTMLImageElement) => image.naturalWidth),
        )
        .toBe(468);
      await screenshot(portal, 'portal-materials-banners-1280');
      await banner.getByRole('button', { name: `Copy HTML: ${BANNER}` }).click();
      const html = await portal.evaluate(() => navigator.clipboard.readText());
      const link = `${base}/r/${DEMO.alice.code}?url=${encodeURIComponent('https://example.com/spring')}`;
      expect(html).toMatch(
        new RegExp(
          `^<a href="${link.replace(/[.?+]/g, '\\$&')}"><img src="${base.replace(/[.]/g, '\\.')}/collateral/banners/[0-9a-f]{32}\\.svg" width="468" height="60" alt="${BANNER}"></a>$`,
        ),
      );

      // The partner's name as it is now (another black-box test may have edited the demo profile).
      const named = await gql<{ partner: { name: string } }>(
        'query($c: String) { partner(code: $c) { name } }',
        { c: DEMO.alice.code },
        await signInAdmin(),
      );
      const name = named.data!.partner.name;
      await portal.getByRole('tab', { name: /Email swipes/ }).click();
      const swipe = portal.getByRole('article', { name: SWIPE });
      await swipe.getByText(`Hello from ${name}`).waitFor();
      const [download] = await Promise.all([
        portal.waitForEvent('download'),
        swipe.getByRole('link', { name: `Download ${SWIPE}` }).click(),
      ]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text).toBe(
        `Subject: Hello from ${name}\n\nHave a look: ${base}/r/${DEMO.alice.code}\n${name} (${DEMO.alice.code})`,
      );
      await screenshot(portal, 'portal-materials-swipes-1280');
      await portal.setViewportSize({ width: 390, height: 844 });
      await screenshot(portal, 'portal-materials-swipes-390');

      // The admin sees the copy and the download, per partner.
      const session = await signInAdmin();
      await expect
        .poll(async () => {
          const result = await gql(
            '{ collateralItems { title usage { copies downloads partners { partner { code } copies downloads } } } }',
            {},
            session,
          );
          const items = result.data.collateralItems as Array<{
            title: string;
            usage: { copies: number; downloads: number };
          }>;
          return [BANNER, SWIPE].map((title) => {
            const usage = items.find((item) => item.title === title)!.usage;
            return [usage.copies, usage.downloads];
          });
        })
        .toEqual([
          [1, 0],
          [0, 1],
        ]);
      await admin.reload();
      await admin.getByRole('heading', { name: 'Collateral' }).waitFor();
      await admin.getByText(BANNER, { exact: true }).waitFor();
      await screenshot(admin, 'admin-collateral-1280');
      await admin.setViewportSize({ width: 390, height: 844 });
      await screenshot(admin, 'admin-collateral-390');
      await adminContext.close();
      await portalContext.close();
    },
  );
});
