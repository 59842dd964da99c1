import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { isPublicAddress } from './webhook-target.js';
import { WebhookService } from './webhook.service.js';
import { childOrder, RECORD_ORDER, RECORD_REFUND, salesSetup } from '../../test-support/sales.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiving server; `answer` picks the status of each request (default 200). */
async function startReceiver() {
  const received: Received[] = [];
  const state = { answer: (_n: number) => 200 };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = state.answer(received.length);
      response.end(response.statusCode === 200 ? 'ok' : 'try later');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { server, url, received, state };
}

const waitFor = async <T>(probe: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

const CREATE =
  'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { id url events enabled } } }';
const SIGN_UP = 'mutation($i: SignUpPartnerInput!) { signUpPartner(input: $i) { code status } }';
const DELIVERIES = `query($e: ID) { webhookDeliveries(endpointId: $e, first: 50) { totalCount nodes { id eventType status attempts lastResponseStatus lastError body endpoint { id } } } }`;

let t: TestApp;
let admin: Caller;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let programId: string;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await createTestApp(
    { SIGNUP_RATE_LIMIT: '1000' },
    { webhooks: { retryDelaysMs: [20, 20, 20], pollMs: 50 } },
  );
  admin = await signedInAdmin(t);
  const program = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    { i: { name: `Hooks ${unique()}`, currency: 'USD', signupOpen: true } },
    admin,
  );
  programId = program.data!.createProgram.id;
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.server.close(resolve));
});

async function endpoint(events: string[], url = receiver.url) {
  const result = await t.gql(CREATE, { i: { url, events, description: 'test' } }, admin);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createWebhookEndpoint as { secret: string; endpoint: { id: string } };
}

const signUp = (code = `w${unique()}`) =>
  t.gql(SIGN_UP, {
    i: {
      programId,
      code,
      name: `Applicant ${code}`,
      email: `${code}@example.test`,
      password: 'apply-secret-1',
    },
  });

const deliveriesOf = async (endpointId: string) =>
  (await t.gql(DELIVERIES, { e: endpointId }, admin)).data!.webhookDeliveries.nodes as Array<{
    id: string;
    eventType: string;
    status: string;
    attempts: number;
    lastResponseStatus: number | null;
    lastError: string | null;
    body: string;
  }>;

describe('whether a commit may have queued deliveries (the dispatcher looks only then)', () => {
  test('not while this instance knows that no endpoint is enabled', async () => {
    const service = new WebhookService({ allowPrivateTargets: true });
    const em = t.orm.em.fork();
    const enabled = async () =>
      (
        await em
          .getConnection()
          .execute<Array<{ n: number }>>('select count(*)::int as n from webhook_endpoints where enabled')
      )[0]!.n;
    expect(service.mayHaveQueued()).toBe(true); // nothing known yet
    await em.transactional((tx) => service.enqueue(tx, []));
    expect(service.mayHaveQueued()).toBe((await enabled()) > 0);
    const { endpoint } = await service.create(
      em,
      { url: receiver.url, events: ['payout.paid'], description: 'known at once' },
      null,
    );
    expect(service.mayHaveQueued()).toBe(true);
    await em.transactional((tx) => service.enqueue(tx, []));
    expect(service.mayHaveQueued()).toBe(true);
    await service.remove(em, endpoint.id);
    await em.transactional((tx) => service.enqueue(tx, []));
    expect(service.mayHaveQueued()).toBe((await enabled()) > 0);
  });
});

describe('outgoing webhooks', () => {
  test('an event is queued in its transaction and delivered signed per Standard Webhooks', async () => {
    const { secret, endpoint: created } = await endpoint(['partner.applied']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const code = `w${unique()}`;
    expect((await signUp(code)).errors).toBeUndefined();
    const delivery = await waitFor(() => receiver.received.find((r) => r.body.includes(`"code":"${code}"`)));
    // The standardwebhooks package verifies id, timestamp and signature against the raw body.
    const verified = new Webhook(secret).verify(
      delivery.body,
      delivery.headers as Record<string, string>,
    ) as {
      type: string;
      timestamp: string;
      data: { code: string; status: string };
    };
    expect(verified).toMatchObject({ type: 'partner.applied', data: { code, status: 'PENDING' } });
    expect(delivery.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret').toString('base64')}`).verify(
        delivery.body,
        delivery.headers as Record<string, string>,
      ),
    ).toThrow();
    const [stored] = await waitFor(async () => {
      const list = await deliveriesOf(created.id);
      return list[0]?.status === 'DELIVERED' ? list : undefined;
    });
    expect(stored).toMatchObject({ eventType: 'partner.applied', attempts: 1, lastResponseStatus: 200 });
  });

  test('orders, their commissions, voids and approvals are delivered from the transactions that made them', async () => {
    const own = await startReceiver();
    try {
      const { secret, endpoint: created } = await endpoint(
        ['order.recorded', 'commission.created', 'commission.voided', 'partner.approved'],
        own.url,
      );
      const sales = await salesSetup(t, admin);
      const input = childOrder(sales, { paid: true });
      expect((await t.gql(RECORD_ORDER, { i: input }, admin)).errors).toBeUndefined();
      const refund = await t.gql(
        RECORD_REFUND,
        {
          i: { externalId: `${input.externalId}-r`, orderExternalId: input.externalId, amountMinor: '10000' },
        },
        admin,
      );
      expect(refund.errors).toBeUndefined();
      const pending = await createPartner(t, admin, { status: 'PENDING' });
      await t.gql(
        'mutation($ids: [ID!]!) { approvePartners(ids: $ids) { id } }',
        { ids: [pending.id] },
        admin,
      );
      const events = await waitFor(() => {
        const verified = own.received.map(
          (r) =>
            new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as {
              type: string;
              data: Record<string, any>;
            },
        );
        return verified.length >= 6 ? verified : undefined;
      });
      const types = events.map((event) => event.type).sort();
      expect(types).toEqual([
        'commission.created',
        'commission.created',
        'commission.voided',
        'commission.voided',
        'order.recorded',
        'partner.approved',
      ]);
      const order = events.find((event) => event.type === 'order.recorded')!;
      expect(order.data).toMatchObject({
        externalId: input.externalId,
        total: { amountMinor: '10000', currency: 'USD' },
      });
      const levels = events
        .filter((event) => event.type === 'commission.created')
        .map((event) => [event.data.level, event.data.amount.amountMinor, event.data.partnerId])
        .sort();
      expect(levels).toEqual([
        [1, '1000', sales.child.id],
        [2, '200', sales.parent.id],
      ]);
      expect(events.find((event) => event.type === 'partner.approved')!.data).toMatchObject({
        id: pending.id,
        status: 'ACTIVE',
      });
      expect((await deliveriesOf(created.id)).every((d) => d.status === 'DELIVERED')).toBe(true);
    } finally {
      await new Promise((resolve) => own.server.close(resolve));
    }
  });

  test('a refused change queues nothing', async () => {
    const { endpoint: created } = await endpoint(['partner.applied']);
    const taken = await createPartner(t, admin);
    expect(errorOf(await signUp(taken.code)).reason).toBe('PARTNER_CODE_TAKEN');
    expect(await t.orm.em.fork().count(WebhookDelivery, { endpoint: created.id })).toBe(0);
  });

  test('failed answers are retried with backoff until a 2xx, each answer recorded', async () => {
    const flaky = await startReceiver();
    flaky.state.answer = (n) => (n <= 2 ? 503 : 200);
    try {
      const { endpoint: created } = await endpoint(['partner.applied'], flaky.url);
      await signUp();
      const [delivery] = await waitFor(async () => {
        const list = await deliveriesOf(created.id);
        return list[0]?.status === 'DELIVERED' ? list : undefined;
      });
      expect(delivery).toMatchObject({ attempts: 3, lastResponseStatus: 200, lastError: null });
      // Three attempts, always with the same id and body.
      expect(flaky.received.map((r) => r.headers['webhook-id'])).toEqual(Array(3).fill(delivery!.id));
      expect(new Set(flaky.received.map((r) => r.body))).toEqual(new Set([delivery!.body]));
    } finally {
      await new Promise((resolve) => flaky.server.close(resolve));
    }
  });

  test('after the last retry a delivery is FAILED; a replay sends it again with the same id', async () => {
    const failing = await startReceiver();
    failing.state.answer = () => 500;
    try {
      const { endpoint: created } = await endpoint(['partner.applied'], failing.url);
      await signUp();
      const [failed] = await waitFor(async () => {
        const list = await deliveriesOf(created.id);
        return list[0]?.status === 'FAILED' ? list : undefined;
      });
      expect(failed).toMatchObject({ attempts: 4, lastResponseStatus: 500 });
      expect(failed!.lastError).toContain('HTTP 500');
      failing.state.answer = () => 200;
      const replay = await t.gql(
        'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status } }',
        { id: failed!.id },
        admin,
      );
      expect(replay.data?.replayWebhookDelivery).toEqual({ id: failed!.id, status: 'PENDING' });
      await waitFor(async () =>
        (await deliveriesOf(created.id))[0]?.status === 'DELIVERED' ? true : undefined,
      );
      expect(failing.received.at(-1)?.headers['webhook-id']).toBe(failed!.id);
      expect(failing.received.at(-1)?.body).toBe(failed!.body);
    } finally {
      await new Promise((resolve) => failing.server.close(resolve));
    }
  });

  test('after a rotation both secrets verify for a while', async () => {
    const own = await startReceiver();
    try {
      const { secret: old, endpoint: created } = await endpoint(['partner.applied'], own.url);
      const rotated = await t.gql(
        'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
        { id: created.id },
        admin,
      );
      const fresh = rotated.data!.rotateWebhookSecret.secret as string;
      expect(fresh).not.toBe(old);
      await signUp();
      const delivery = await waitFor(() => own.received[0]);
      expect(String(delivery.headers['webhook-signature']).split(' ')).toHaveLength(2);
      for (const secret of [old, fresh]) {
        expect(() =>
          new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>),
        ).not.toThrow();
      }
    } finally {
      await new Promise((resolve) => own.server.close(resolve));
    }
  });

  test('bad endpoints are refused with a coded error and nothing is stored', async () => {
    const before = await t.orm.em.fork().count(WebhookEndpoint, {});
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ url: 'ftp://example.com/x', events: ['order.recorded'] }, 'WEBHOOK_URL_INVALID', 'url'],
      [{ url: 'not a url', events: ['order.recorded'] }, 'WEBHOOK_URL_INVALID', 'url'],
      [{ url: 'https://u:p@example.com/', events: ['order.recorded'] }, 'WEBHOOK_URL_INVALID', 'url'],
      [{ url: receiver.url, events: [] }, 'WEBHOOK_EVENTS_REQUIRED', 'events'],
      [
        { url: receiver.url, events: ['order.recorded', 'order.deleted'] },
        'WEBHOOK_EVENT_UNKNOWN',
        'events[1]',
      ],
    ];
    for (const [input, reason, field] of cases) {
      expect(errorOf(await t.gql(CREATE, { i: input }, admin))).toEqual({
        code: 'BAD_USER_INPUT',
        reason,
        field,
      });
    }
    const partner = await createPartner(t, admin, { password: 'partner-secret-1', status: 'ACTIVE' });
    const signIn = await t.gql(
      'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
      { l: partner.code, p: 'partner-secret-1' },
      { app: 'portal' },
    );
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    expect(
      errorOf(
        await t.gql(
          CREATE,
          { i: { url: receiver.url, events: ['order.recorded'] } },
          { cookie, app: 'portal' },
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(await t.orm.em.fork().count(WebhookEndpoint, {})).toBe(before);
  });

  test('in production, endpoints on loopback or private addresses are refused', async () => {
    const production = await createTestApp({ NODE_ENV: 'production' });
    try {
      const prodAdmin = await signedInAdmin(production);
      for (const url of [
        'http://127.0.0.1:8080/x',
        'http://localhost/x',
        'http://10.1.2.3/x',
        'http://192.168.0.10/x',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]/x',
        'http://[fd00::1]/x',
        'http://[::ffff:127.0.0.1]/x',
      ]) {
        expect(
          errorOf(await production.gql(CREATE, { i: { url, events: ['order.recorded'] } }, prodAdmin)),
          url,
        ).toEqual({
          code: 'BAD_USER_INPUT',
          reason: 'WEBHOOK_URL_NOT_ALLOWED',
          field: 'url',
        });
      }
    } finally {
      await production.close();
    }
  });
});

describe('isPublicAddress', () => {
  test.each([
    ['93.184.215.14', true],
    ['2606:2800:21f:cb07:6820:80da:af6b:8b2c', true],
    ['127.0.0.1', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['192.168.1.1', false],
    ['100.64.0.1', false],
    ['169.254.169.254', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fc00::1', false],
    ['::ffff:10.0.0.1', false],
    ['224.0.0.1', false],
    ['not-an-ip', false],
  ])('%s: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
