import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { DEMO } from '../support/graphql-client.js';

describe.skipIf(!hasChromium)('an admin creates a partner, who signs in to the portal', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('in Chromium, through both SPAs', async () => {
    const base = inject('baseUrl');
    const suffix = randomBytes(3).toString('hex');
    const partner = {
      code: `e2e-${suffix}`,
      name: `E2E Partner ${suffix}`,
      email: `e2e-${suffix}@example.test`,
      password: 'e2e-partner-pass',
    };

    // The admin signs in to the console and creates the partner with portal access.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(`${base}/admin/`);
    await admin.getByLabel('Email').fill(DEMO.admin.email);
    await admin.getByLabel('Password').fill(DEMO.admin.password);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    // The console opens on the dashboard; the partner list is one click away.
    await admin.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await admin.getByRole('link', { name: 'Partners', exact: true }).click();
    await admin.getByRole('button', { name: 'New partner' }).waitFor();
    await screenshot(admin, 'admin-partners');

    await admin.getByRole('button', { name: 'New partner' }).click();
    await admin.getByLabel('Code', { exact: true }).fill(partner.code);
    await admin.getByLabel('Name', { exact: true }).fill(partner.name);
    await admin.getByLabel('Email', { exact: true }).fill(partner.email);
    await admin.getByLabel('Portal password').fill(partner.password);
    await admin.getByRole('button', { name: 'Create partner' }).click();
    await admin.getByRole('heading', { name: partner.name }).waitFor();
    expect(admin.url()).toMatch(/\/admin\/partners\/[0-9a-f-]{36}$/);
    await screenshot(admin, 'admin-partner-created');

    // A deep link reloads to the same page.
    await admin.reload();
    await admin.getByRole('heading', { name: partner.name }).waitFor();

    // The partner signs in to the portal (with the code) and sees their profile.
    const portalContext = await browser.newContext();
    const portal = await portalContext.newPage();
    await portal.goto(`${base}/portal/`);
    await portal.getByLabel('Email or partner code').fill(partner.code);
    await portal.getByLabel('Password').fill(partner.password);
    await portal.getByRole('button', { name: 'Sign in' }).click();
    await portal.getByRole('link', { name: 'Profile' }).click();
    await portal.getByRole('heading', { name: 'Your profile' }).waitFor();
    await expect.poll(() => portal.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(partner.name);
    expect(await portal.getByText(partner.code).first().isVisible()).toBe(true);
    await screenshot(portal, 'portal-profile');

    await adminContext.close();
    await portalContext.close();
  });
});
