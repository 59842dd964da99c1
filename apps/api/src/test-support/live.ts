import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { type Caller, type TestApp } from './test-app.js';

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
