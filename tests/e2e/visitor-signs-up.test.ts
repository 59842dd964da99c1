import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, screenshot } from '../support/browser.js';
import { DEMO, gql, signInAdmin } from '../support/graphql-client.js';
import { waitForMail } from '../support/mailbox.js';

describe.skipIf(!hasChromium)('a visitor signs up, an admin approves, the partner signs in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('in Chromium: hosted signup form, approval queue, approval email, portal sign-in', async () => {
    const base = inject('baseUrl');
    const admin = await signInAdmin();
    const programs = await gql('{ programs(first: 10) { nodes { id name signupOpen } } }', {}, admin);
    const program = programs.data.programs.nodes.find((p: { signupOpen: boolean }) => p.signupOpen);
    expect(program).toBeTruthy();

    const suffix = randomBytes(3).toString('hex');
    const visitor = {
      code: `vis-${suffix}`,
      name: `Visitor ${suffix}`,
      email: `visitor-${suffix}@example.test`,
      password: 'visitor-pass-42',
    };

    // The visitor follows alice's recruiting link to the hosted signup page and applies.
    const visitorContext = await browser.newContext();
    const page = await visitorContext.newPage();
    await page.goto(`${base}/portal/signup/${program.id}?parent=${DEMO.alice.code}`);
    await page.getByRole('heading', { name: 'Become a partner' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(visitor.name);
    await page.getByLabel('Email', { exact: true }).fill(visitor.email);
    // A taken code is reported while typing.
    await page.getByLabel('Partner code', { exact: true }).fill(DEMO.alice.code);
    await page.getByText(`The code "${DEMO.alice.code}" is taken.`).waitFor();
    await page.getByLabel('Partner code', { exact: true }).fill(visitor.code);
    await page.getByText(`${visitor.code} is available`).waitFor();
    await page.getByLabel('Password', { exact: true }).fill(visitor.password);
    expect(await page.getByLabel('Referred by (optional)').inputValue()).toBe(DEMO.alice.code);
    await screenshot(page, 'visitor-signup-form');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('heading', { name: 'Thank you for applying' }).waitFor();
    await screenshot(page, 'visitor-signup-done');
    await waitForMail(visitor.email, /Thanks for applying/);

    // The admin approves the application in the console's approval queue.
    const adminContext = await browser.newContext();
    const console_ = await adminContext.newPage();
    await console_.goto(`${base}/admin/`);
    await console_.getByLabel('Email').fill(DEMO.admin.email);
    await console_.getByLabel('Password').fill(DEMO.admin.password);
    await console_.getByRole('button', { name: 'Sign in' }).click();
    await console_.getByRole('link', { name: 'Approvals' }).click();
    await console_.getByText(visitor.name).waitFor();
    await console_.getByLabel('Note to the applicants (optional)').fill('Glad to have you.');
    await screenshot(console_, 'admin-approvals');
    await console_.getByRole('button', { name: `Approve ${visitor.code}` }).click();
    await console_.getByText(visitor.name).waitFor({ state: 'detached' });

    // The partner receives the approval email over SMTP, with their links and the note.
    const mail = await waitForMail(visitor.email, /approved/i);
    expect(mail.raw).toContain(`${base}/r/${visitor.code}`);
    expect(mail.raw).toContain('Glad to have you.');
    const portalLink = /(http:\/\/\S+\/portal\/)/.exec(mail.raw)?.[1];
    expect(portalLink).toBe(`${base}/portal/`);

    // ...follows the portal link and signs in with the chosen code and password.
    await page.goto(portalLink!);
    await page.getByLabel('Email or partner code').fill(visitor.code);
    await page.getByLabel('Password').fill(visitor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await expect.poll(() => page.getByLabel('Name').inputValue()).toBe(visitor.name);
    await screenshot(page, 'visitor-portal');

    // The partner is active, in the program, recruited by alice.
    const partner = await gql(
      'query($c: String!) { partner(code: $c) { status parent { code } programs { id } } }',
      { c: visitor.code },
      admin,
    );
    expect(partner.data.partner).toEqual({
      status: 'ACTIVE',
      parent: { code: DEMO.alice.code },
      programs: [{ id: program.id }],
    });

    await adminContext.close();
    await visitorContext.close();
  });
});
