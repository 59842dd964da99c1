import { inject } from 'vitest';

export interface Session {
  cookie: string;
  app: 'admin' | 'portal';
}

/** POSTs a GraphQL operation to the running app, as a browser or a third party would. */
export async function gql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  session?: Session,
): Promise<{
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  response: Response;
}> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-partnerkit-app'] = session.app;
  }
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { ...(await response.json()), response };
}

export const DEMO = {
  admin: { email: 'admin@partnerkit.test', password: 'demo-admin-pass' },
  alice: { code: 'alice', email: 'alice@partnerkit.test', password: 'demo-partner-pass' },
  bob: { code: 'bobby', email: 'bob@partnerkit.test', password: 'demo-partner-pass' },
};

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

export async function signInAdmin(): Promise<Session> {
  const result = await gql(
    'mutation($e: String!, $p: String!) { signInAdmin(email: $e, password: $p) { kind } }',
    { e: DEMO.admin.email, p: DEMO.admin.password },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieOf(result.response), app: 'admin' };
}

export async function signInPartner(login: string, password: string): Promise<Session> {
  const result = await gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: login, p: password },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieOf(result.response), app: 'portal' };
}
