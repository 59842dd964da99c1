import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Mailer } from './mailer.service.js';
import { OutboundEmail } from './outbound-email.entity.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port; `failNext` refuses the next n messages (to test retries). */
async function startSmtp() {
  const received: Received[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (state.failNext > 0) {
          state.failNext -= 1;
          const error = new Error('Mailbox busy, try later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, state };
}

const waitFor = async <T>(probe: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Partners <partners@merchant.test>',
    PUBLIC_URL: 'https://partners.merchant.test',
    SIGNUP_RATE_LIMIT: '1000',
  });
  admin = await signedInAdmin(t);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
});

const TEMPLATE =
  'mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { kind subject body isDefault mergeFields } }';

describe('partner emails over SMTP', () => {
  test('approving a partner delivers the approval email with the merge fields filled in', async () => {
    const saved = await t.gql(
      TEMPLATE,
      {
        i: {
          kind: 'APPROVED',
          subject: 'Welcome {{name}}',
          body: 'Code {{code}}\nPortal {{portalLink}}\nLink {{trackingLink}}\nNote: {{note}}',
        },
      },
      admin,
    );
    expect(saved.data?.updateEmailTemplate).toMatchObject({ isDefault: false, kind: 'APPROVED' });
    const partner = await createPartner(t, admin, { status: 'PENDING', name: `Mailed ${unique()}` });
    const approved = await t.gql(
      'mutation($ids: [ID!]!) { approvePartners(ids: $ids, note: "See you soon") { status } }',
      { ids: [partner.id] },
      admin,
    );
    expect(approved.errors).toBeUndefined();
    const message = await waitFor(() => smtp.received.find((m) => m.to.includes(partner.email)));
    expect(message.raw).toMatch(/Subject: Welcome Mailed [0-9a-f]{8}/);
    expect(message.raw).toContain(`Code ${partner.code}`);
    expect(message.raw).toContain('Portal https://partners.merchant.test/portal/');
    expect(message.raw).toContain(`Link https://partners.merchant.test/r/${partner.code}`);
    expect(message.raw).toContain('Note: See you soon');
    expect(message.raw).toContain('From: Partners <partners@merchant.test>');
    const stored = await waitFor(async () => {
      const email = await t.orm.em.fork().findOne(OutboundEmail, { partnerId: partner.id, kind: 'APPROVED' });
      return email?.status === 'SENT' ? email : undefined;
    });
    expect(stored.sentAt).toBeTruthy();
  });

  test('a refused delivery is retried later, and the action that queued it succeeded anyway', async () => {
    smtp.state.failNext = 1;
    const partner = await createPartner(t, admin, { status: 'PENDING' });
    const result = await t.gql(
      'mutation($ids: [ID!]!) { rejectPartners(ids: $ids) { status } }',
      { ids: [partner.id] },
      admin,
    );
    expect(result.data?.rejectPartners[0].status).toBe('REJECTED');
    const failed = await waitFor(async () => {
      const email = await t.orm.em.fork().findOne(OutboundEmail, { partnerId: partner.id });
      return email?.attempts === 1 && email.status === 'QUEUED' && email.lastError ? email : undefined;
    });
    expect(failed.lastError).toContain('Mailbox busy');
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(smtp.received.some((m) => m.to.includes(partner.email))).toBe(false);

    // Later, once the backoff has elapsed, the next round delivers it.
    const worker = new Mailer({
      publicUrl: 'https://partners.merchant.test',
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'partners@merchant.test',
    });
    worker.start(t.orm);
    try {
      await worker.deliverDue(new Date(Date.now() + 60 * 60_000));
    } finally {
      await worker.stop();
    }
    await waitFor(() => smtp.received.find((m) => m.to.includes(partner.email)));
    const sent = await t.orm.em.fork().findOneOrFail(OutboundEmail, { partnerId: partner.id });
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  test('a template with an unknown merge field is refused at its field and not saved', async () => {
    const result = await t.gql(
      TEMPLATE,
      { i: { kind: 'WELCOME', subject: 'Hi {{name}}', body: 'Your code is {{partnerCode}}' } },
      admin,
    );
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_TEMPLATE_MERGE_FIELD_UNKNOWN',
      field: 'body',
    });
    const list = await t.gql('{ emailTemplates { kind isDefault body } }', {}, admin);
    expect(list.data?.emailTemplates.find((tpl: { kind: string }) => tpl.kind === 'WELCOME')).toMatchObject({
      isDefault: true,
    });
  });

  test('admins read the outbox', async () => {
    const list = await t.gql(
      '{ outboundEmails(first: 50) { totalCount nodes { to subject status attempts } } mailSettings { smtpConfigured } }',
      {},
      admin,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.outboundEmails.totalCount).toBeGreaterThan(0);
    expect(list.data?.mailSettings.smtpConfigured).toBe(true);
  });
});
