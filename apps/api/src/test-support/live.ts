import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { expect } from 'vitest';
import { type Caller, cookieFrom, createPartner, type TestApp } from './test-app.js';

export const LIVE_TEST_PASSWORD = 'partner-pass-1234';
const PASSWORD = LIVE_TEST_PASSWORD;
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

/** Listens on a random port (once) and answers the graphql-ws URL of the app. */
export async function webSocketUrl(t: TestApp): Promise<string> {
  if (!t.app.server.listening) await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

export interface LiveSubscription<T> {
  /** Every `data` received, in order. */
  received: T[];
  /** Errors of the operation (a refused subscription), if any. */
  errors: unknown[];
  /** The close code of the socket, once the server closed it. */
  closedWith: () => number | null;
  /** Resolves once the server has acknowledged the connection. */
  connected: Promise<void>;
  client: Client;
  stop(): Promise<void>;
}

/** One graphql-ws socket with the caller's cookie (or bearer key), running one subscription. */
export function subscribe<T = Record<string, any>>(
  url: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const headers: Record<string, string> = {};
  if (caller.cookie) headers.cookie = caller.cookie;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let closeCode: number | null = null;
  let onConnected!: () => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url,
    webSocketImpl: CookieWebSocket,
    connectionParams: {
      ...(caller.app ? { app: caller.app } : {}),
      ...(caller.bearer ? { authorization: `Bearer ${caller.bearer}` } : {}),
    },
    lazy: true,
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        closeCode = (event as { code?: number }).code ?? null;
      },
    },
  });
  const received: T[] = [];
  const errors: unknown[] = [];
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) received.push(result.data as T);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    closedWith: () => closeCode,
    connected,
    client,
    stop: () => client.dispose() as Promise<void>,
  };
}

/** Polls `condition` until it holds (no fixed sleeps; the test's own timeout bounds it). */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An active partner with a password, signed in to the portal. */
export async function signedInPartner(app: TestApp, by: Caller) {
  const partner = await createPartner(app, by, { status: 'ACTIVE', password: PASSWORD });
  const result = await app.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: partner.code, p: PASSWORD },
    { app: 'portal' },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { ...partner, caller: { cookie: cookieFrom(result.headers), app: 'portal' } as Caller };
}

export async function click(app: TestApp, code: string) {
  const response = await app.app.inject({
    method: 'GET',
    url: `/r/${code}`,
    headers: { 'user-agent': CHROME },
    remoteAddress: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
  });
  expect(response.statusCode).toBe(302);
  await app.app.tracking.buffer.flush();
}

/** Clicks `code` on `app` until `received()` grows (the subscription may still be starting at first). */
export async function clickUntilReceived(app: TestApp, code: string, received: () => number) {
  const before = received();
  await until(async () => {
    if (received() > before) return true;
    await click(app, code);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return received() > before;
  }, `an event after a click of ${code}`);
}
