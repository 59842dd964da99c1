import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { overflowingElements, pageWidth, seriousAxeViolations } from '../support/accessibility.js';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { DEMO, gql, signInAdmin } from '../support/graphql-client.js';

const suffix = randomBytes(3).toString('hex');
/** The partner this test creates, signs in as and credits a sale to. */
const PARTNER = {
  code: `ux-${suffix}`,
  password: 'usability-pass-1',
  id: '',
  orderId: `usability-${suffix}`,
};

/** Every screen twice, with axe each time: about 2 s a screen, more on a busy machine. */
const SCREENS_TIMEOUT = 300_000;

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface Screen {
  /** Path under the SPA's base, e.g. "/partners". */
  path: string;
  /** Screenshot name. */
  name: string;
}

/** Opens a page of the SPA and waits until it has rendered its heading and loaded its data. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('h2').first().waitFor();
  await page.getByLabel('Loading').first().waitFor({ state: 'detached' });
}

/**
 * What is wrong with the page as shown: axe violations of serious or critical impact, and (on the phone)
 * sideways scrolling.
 */
async function problemsOf(page: Page, viewport: (typeof VIEWPORTS)[number], label: string) {
  const problems = (await seriousAxeViolations(page)).map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`,
  );
  if (viewport.width < 600) {
    const width = await pageWidth(page);
    if (width > viewport.width) {
      problems.push(
        `${label}: ${width} px wide, wider than the screen: ${(await overflowingElements(page)).join(', ')}`,
      );
    }
  }
  return problems;
}

/** Every screen at both widths, with a screenshot of each; fails with every problem found. */
async function checkScreens(context: BrowserContext, base: string, screens: Screen[], prefix: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { path, name } of screens) {
      await open(page, `${base}${path}`);
      problems.push(...(await problemsOf(page, viewport, `${prefix}${path} at ${viewport.width} px`)));
      await screenshot(page, `${prefix}-${name}-${viewport.width}`);
    }
  }
  await page.close();
  expect(problems).toEqual([]);
}

/** What has the keyboard focus: its role-ish tag and accessible text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { text: '', outline: false };
    const style = getComputedStyle(element);
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    // A visible focus indicator: an outline or a focus ring drawn as a box shadow.
    const outline =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return { text, outline };
  });
}

/** Presses Tab until the focus is on an element whose text matches, and returns it; fails after `limit`. */
async function tabTo(page: Page, text: RegExp, limit = 40) {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now.text);
    if (text.test(now.text)) return now;
  }
  throw new Error(`Tab never reached ${text}; it went through: ${seen.join(' | ')}`);
}

describe.skipIf(!hasChromium)(
  'both SPAs on a phone and a desktop, by keyboard, for assistive technology',
  () => {
    let browser: Browser;
    const base = () => inject('baseUrl');

    beforeAll(async () => {
      browser = await launchBrowser();
      // A partner of this test's own, with a sale, so the commission and balance screens have rows to show
      // (and the demo partners' ledgers stay as other tests expect them).
      const admin = await signInAdmin();
      const programs = await gql('{ programs(first: 1) { nodes { id } } }', {}, admin);
      const created = await gql(
        'mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }',
        {
          i: {
            code: PARTNER.code,
            name: 'Usability Partner',
            email: `${PARTNER.code}@example.test`,
            password: PARTNER.password,
            programIds: [programs.data.programs.nodes[0].id],
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      PARTNER.id = created.data.createPartner.id;
      const key = await gql(
        'mutation { createApiKey(input: { name: "Usability test shop", scopes: ["events:write", "products:write"] }) { secret } }',
        {},
        admin,
      );
      const asShop = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${base()}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${key.data.createApiKey.secret}`,
          },
          body: JSON.stringify({ query, variables }),
        });
        return response.json();
      };
      await asShop('mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id } }', {
        i: { sku: 'USABILITY-MUG', name: 'A mug', priceMinor: '2500', currency: 'USD' },
      });
      const order = await asShop('mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status } }', {
        i: {
          externalId: PARTNER.orderId,
          currency: 'USD',
          items: [{ sku: 'USABILITY-MUG', quantity: 1, unitPriceMinor: '2500' }],
          customer: { email: `mug-${randomBytes(4).toString('hex')}@example.test` },
          referral: { partnerCode: PARTNER.code },
        },
      });
      expect(order, JSON.stringify(order)).toMatchObject({ data: { recordOrder: { status: 'PROCESSED' } } });
      // A month of history for the dashboard and the reports: sales on earlier days (two currencies),
      // a lead, and clicks on the partner's link.
      for (let daysAgo = 1; daysAgo <= 24; daysAgo += 3) {
        const earlier = await asShop(
          'mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status } }',
          {
            i: {
              externalId: `${PARTNER.orderId}-${daysAgo}`,
              currency: daysAgo % 2 ? 'USD' : 'EUR',
              orderedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
              items: [{ sku: 'USABILITY-MUG', quantity: 1 + (daysAgo % 3), unitPriceMinor: '2500' }],
              customer: { email: `mug-${daysAgo}-${randomBytes(4).toString('hex')}@example.test` },
              referral: { partnerCode: PARTNER.code },
            },
          },
        );
        expect(earlier.errors).toBeUndefined();
      }
      const lead = await asShop('mutation($i: RecordLeadInput!) { recordLead(input: $i) { duplicate } }', {
        i: {
          externalId: `${PARTNER.orderId}-lead`,
          customer: { email: `lead-${suffix}@example.test` },
          referral: { partnerCode: PARTNER.code },
        },
      });
      expect(lead.errors).toBeUndefined();
      for (let click = 0; click < 6; click += 1) {
        const response = await fetch(`${base()}/r/${PARTNER.code}`, {
          redirect: 'manual',
          headers: { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Chrome/12${click}.0 Safari/537.36` },
        });
        expect(response.status).toBe(302);
      }
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function adminContext() {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base()}/admin/`);
      await page.getByLabel('Email').fill(DEMO.admin.email);
      await page.getByLabel('Password').fill(DEMO.admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('h2').first().waitFor();
      await page.close();
      return context;
    }

    async function portalContext() {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base()}/portal/`);
      await page.getByLabel('Email or partner code').fill(PARTNER.code);
      await page.getByLabel('Password').fill(PARTNER.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('h2').first().waitFor();
      await page.close();
      return context;
    }

    test('the sign-in pages', async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const spa of ['admin', 'portal']) {
          await page.goto(`${base()}/${spa}/`);
          await page.getByRole('button', { name: 'Sign in' }).waitFor();
          problems.push(...(await problemsOf(page, viewport, `${spa} sign-in at ${viewport.width} px`)));
          await screenshot(page, `${spa}-sign-in-${viewport.width}`);
        }
      }
      await page.close();
      expect(problems).toEqual([]);
    });

    test(
      'the admin console: the dashboard, every report, every page of the navigation, a partner, a program and an order',
      async () => {
        const admin = await signInAdmin();
        const ids = await gql(
          'query($o: String) { programs(first: 1) { nodes { id } } orders(externalId: $o, first: 1) { nodes { id } } }',
          { o: PARTNER.orderId },
          admin,
        );
        const context = await adminContext();
        await checkScreens(
          context,
          `${base()}/admin`,
          [
            { path: '/', name: 'dashboard' },
            { path: '/reports', name: 'reports-ledger' },
            { path: '/reports?tab=activity', name: 'reports-activity' },
            { path: '/reports?tab=links', name: 'reports-links' },
            { path: '/reports?tab=leads', name: 'reports-leads' },
            { path: '/reports?tab=referrals', name: 'reports-referrals' },
            { path: '/reports?tab=commissions', name: 'reports-commissions' },
            { path: '/reports?tab=payments', name: 'reports-payments' },
            { path: '/partners', name: 'partners' },
            { path: `/partners/${PARTNER.id}`, name: 'partner' },
            { path: '/partners/new', name: 'new-partner' },
            { path: '/partners/import', name: 'import-partners' },
            { path: '/approvals', name: 'approvals' },
            { path: '/programs', name: 'programs' },
            { path: `/programs/${ids.data.programs.nodes[0].id}`, name: 'program' },
            { path: '/products', name: 'products' },
            { path: '/orders', name: 'orders' },
            { path: `/orders/${ids.data.orders.nodes[0].id}`, name: 'order' },
            { path: '/emails', name: 'emails' },
            { path: '/review', name: 'review-queue' },
            { path: '/payouts', name: 'payouts' },
            { path: '/tracking-links', name: 'tracking-links' },
            { path: '/collateral', name: 'collateral' },
            { path: '/api-keys', name: 'api-keys' },
            { path: '/webhooks', name: 'webhooks' },
            { path: '/settings', name: 'settings' },
            { path: '/team', name: 'team' },
          ],
          'admin',
        );
        await context.close();
      },
      SCREENS_TIMEOUT,
    );

    test(
      'the partner portal: every page of the navigation and the public signup page',
      async () => {
        const admin = await signInAdmin();
        const programs = await gql('{ programs(first: 1) { nodes { id } } }', {}, admin);
        const context = await portalContext();
        await checkScreens(
          context,
          `${base()}/portal`,
          [
            { path: '/overview', name: 'overview' },
            { path: '/earnings', name: 'earnings' },
            { path: '/links', name: 'links' },
            { path: '/sub-partners', name: 'sub-partners' },
            { path: '/materials', name: 'materials' },
            { path: '/profile', name: 'profile' },
            { path: `/signup/${programs.data.programs.nodes[0].id}`, name: 'signup' },
          ],
          'portal',
        );
        await context.close();
      },
      SCREENS_TIMEOUT,
    );

    test.each([
      { spa: 'admin', signIn: adminContext, start: '/partners', target: 'Programs', heading: 'Programs' },
      { spa: 'portal', signIn: portalContext, start: '/overview', target: 'Earnings', heading: 'Earnings' },
    ])(
      'on a phone, the $spa navigation works by keyboard alone, with a visible focus',
      async ({ spa, signIn, start, target, heading }) => {
        const context = await signIn();
        const page = await context.newPage();
        await page.setViewportSize({ width: 390, height: 844 });
        await open(page, `${base()}/${spa}${start}`);

        // The first Tab offers to skip to the content; then comes the menu button.
        const skip = await tabTo(page, /Skip to content/, 1);
        expect(skip.outline, 'focus visible on the skip link').toBe(true);
        const menu = await tabTo(page, /navigation/i, 5);
        expect(menu.outline, 'focus visible on the menu button').toBe(true);
        await page.keyboard.press('Enter');
        // The menu slides in from the left; it is open once it stands at the left edge.
        await page.waitForFunction(() => document.querySelector('nav')?.getBoundingClientRect().left === 0);
        await screenshot(page, `${spa}-menu-390`);
        const link = await tabTo(page, new RegExp(`^${target}$`), 20);
        expect(link.outline, `focus visible on the ${target} link`).toBe(true);
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        expect(page.url()).toMatch(new RegExp(`/${spa}/${target.toLowerCase()}$`));
        // The menu closed again, and Tab goes on through the page and back to the top: no trap anywhere.
        expect(await page.getByRole('navigation').isVisible()).toBe(false);
        await tabTo(page, /Skip to content/, 60);
        await screenshot(page, `${spa}-keyboard-390`);
        await context.close();
      },
    );
  },
);
