import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { seriousAxeViolations } from '../support/accessibility.js';
import { DEMO, gql, signInPartner } from '../support/graphql-client.js';

const PARTNER = '{ me { partner { id name } } }';

describe.skipIf(!hasChromium)('an admin views a partner’s portal, read only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('in Chromium: View as partner opens the portal with the banner, and a change is refused', async () => {
    const base = inject('baseUrl');
    // Alice is signed in elsewhere the whole time; her name is read now (other tests edit the demo profile).
    const aliceOwn = await signInPartner(DEMO.alice.code, DEMO.alice.password);
    const alice = (await gql(PARTNER, {}, aliceOwn)).data.me.partner as { id: string; name: string };

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(`${base}/admin/`);
    await admin.getByLabel('Email').fill(DEMO.admin.email);
    await admin.getByLabel('Password').fill(DEMO.admin.password);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await admin.goto(`${base}/admin/partners/${alice.id}`);
    await admin.getByRole('heading', { name: alice.name }).waitFor();

    // The console opens the portal in a new tab of its own (another origin would work the same way).
    const [portal] = await Promise.all([
      adminContext.waitForEvent('page'),
      admin.getByRole('button', { name: 'View as partner' }).click(),
    ]);
    const banner = portal.getByRole('status', { name: 'View as partner' });
    await banner.waitFor();
    expect(await banner.getByTestId('partner-view-banner').textContent()).toContain(
      `Viewing as ${alice.name} — read only`,
    );
    await portal.getByRole('heading', { name: `Welcome, ${alice.name}` }).waitFor();
    expect(new URL(portal.url()).pathname).toBe('/portal/overview');
    expect(portal.url()).not.toContain('token');
    await screenshot(portal, 'portal-view-as-partner');
    // The banner is readable for everyone (contrast, names): no serious axe findings on the page.
    expect(await seriousAxeViolations(portal)).toEqual([]);

    // A change is refused by the server, and the banner stays.
    await portal.getByRole('link', { name: 'Profile' }).click();
    await portal.getByRole('heading', { name: 'Your profile' }).waitFor();
    await portal.getByRole('textbox', { name: 'Name' }).fill(`${alice.name} (taken over)`);
    await portal.getByRole('button', { name: 'Save profile' }).click();
    const refused = portal.getByRole('alert').filter({ hasText: 'read-only' });
    await refused.first().waitFor();
    expect(await banner.isVisible()).toBe(true);
    await screenshot(portal, 'portal-view-as-partner-refused');
    expect((await gql(PARTNER, {}, aliceOwn)).data.me.partner.name).toBe(alice.name);

    // End view: the view's session is gone; Alice's own session is not.
    portal.on('dialog', (dialog) => void dialog.dismiss());
    await banner.getByRole('button', { name: 'End view' }).click();
    await expect
      .poll(async () => {
        if (portal.isClosed()) return 'closed';
        return (await portal.getByRole('button', { name: 'Sign in' }).count()) > 0 ? 'signed out' : 'open';
      })
      .not.toBe('open');
    expect((await gql(PARTNER, {}, aliceOwn)).data.me.partner.id).toBe(alice.id);
    // Ending the view does not sign the admin out of the console.
    await admin.reload();
    await admin.getByRole('heading', { name: alice.name }).waitFor();

    await adminContext.close();
  });
});
