// Shared helpers of the benchmark (`pnpm bench`, `pnpm bench:seed`): settings from the environment, the
// scratch database, starting and stopping the built API, a GraphQL client, a closed-loop load runner with
// exact percentiles, and COPY into PostgreSQL.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const apiMain = join(root, 'apps/api/dist/main.js');

const env = process.env;
const num = (name, fallback) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
};
const flag = (name) => env[name] === '1' || env[name] === 'true';

/** Every setting of the benchmark, from the environment (README: "Benchmark"). */
export function settings() {
  const quick = flag('BENCH_QUICK');
  return {
    quick,
    serverUrl: env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
    database: env.BENCH_DATABASE || null,
    keep: flag('BENCH_KEEP'),
    skipSeed: flag('BENCH_SKIP_SEED'),
    prewarm: env.BENCH_PREWARM !== '0',
    partners: num('BENCH_PARTNERS', quick ? 2_000 : 10_000),
    clicks: num('BENCH_CLICKS', quick ? 200_000 : 10_000_000),
    orders: num('BENCH_ORDERS', quick ? 20_000 : 1_000_000),
    seconds: num('BENCH_SECONDS', quick ? 10 : 30),
    sustainedSeconds: num('BENCH_SUSTAINED_SECONDS', quick ? 20 : 120),
    connections: num('BENCH_CONNECTIONS', 64),
    orderSeconds: num('BENCH_ORDER_SECONDS', quick ? 8 : 20),
    orderConcurrency: (env.BENCH_ORDER_CONCURRENCY || '8,32,64').split(',').map(Number),
    readRequests: num('BENCH_READ_REQUESTS', quick ? 200 : 500),
    readConcurrency: num('BENCH_READ_CONCURRENCY', 16),
    readSeconds: num('BENCH_READ_SECONDS', quick ? 15 : 60),
    subscribers: num('BENCH_SUBSCRIBERS', 1_000),
    clickRounds: num('BENCH_CLICK_ROUNDS', quick ? 10 : 30),
    scenarios: (env.BENCH_SCENARIOS || 'redirect,sustained,orders,reads,subscribers,spa')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    out: env.BENCH_OUT || join(root, 'bench-results.json'),
    writeMarkdown: env.BENCH_MARKDOWN !== '0',
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `fn` with a connected pg client, closed afterwards. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a fresh name (`partnerkit_bench_<time>_<random>`) and returns its name. */
export async function createDatabase(serverUrl) {
  const name = `partnerkit_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database "${name}"`));
  return name;
}

export async function dropDatabase(serverUrl, name) {
  await withClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}

export async function databaseExists(serverUrl, name) {
  return withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    return rowCount === 1;
  });
}

/** The owner admin the API creates at its first start on the bench database. */
export const ADMIN = { email: 'bench-owner@partnerkit.test', password: 'bench-owner-pass-1' };
/** The portal password of every seeded partner. */
export const PARTNER_PASSWORD = 'bench-partner-pass-1';

/**
 * Starts the built API (`node apps/api/dist/main.js`) on loopback against `url`, production mode, log level
 * warn, and resolves once it listens: `{ child, base, stop() }`. The first start applies the migrations and
 * creates the owner admin.
 */
export async function startApi(url, extraEnv = {}) {
  if (!existsSync(apiMain)) throw new Error('Build first: `pnpm build` (apps/api/dist/main.js is missing).');
  // BENCH_API_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/api-profile`: profile the API under load.
  const nodeArgs = (env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, apiMain], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      SERVE_SPAS: 'false',
      IP_HASH_SECRET: 'partnerkit-bench-ip-hash-secret',
      // A load test is one trusted caller sending as fast as it can: lift the per-minute operation limits
      // (the limits' own cost is still paid: every operation is counted).
      GRAPHQL_RATE_LIMIT_API_KEY: '1000000000',
      GRAPHQL_RATE_LIMIT_SESSION: '1000000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in 180 s:\n${output}`)), 180_000);
    const onData = (chunk) => {
      output += chunk;
      const port = /GraphQL API\s+http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) while starting:\n${output}`)));
  });
  // Keep only the last output (warnings) for error reports.
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  return {
    child,
    base,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM'); // graceful: the click buffer is flushed
      await Promise.race([exited, sleep(20_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Starts a child node process from source text; resolves with its port once it prints `PORT <n>`. */
export async function startScript(source) {
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`script exited (${code})`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP and GraphQL

/** A keep-alive HTTP client for one base URL. */
export function httpClient(base, maxSockets = 256) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    agent,
    /** One request; resolves `{ status, headers, body }` (body as a string). */
    request({ method = 'GET', path, headers = {}, body }) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: url.hostname, port: url.port, method, path, headers, agent },
          (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode,
                headers: res.headers,
                body: Buffer.concat(chunks).toString(),
              }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        if (body !== undefined) req.end(body);
        else req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/** GraphQL over HTTP: `query(text, variables, headers)` resolves `data` or throws with the errors. */
export function graphqlClient(base, defaultHeaders = {}) {
  const client = httpClient(base, 64);
  async function raw(query, variables = {}, headers = {}) {
    const body = JSON.stringify({ query, variables });
    const res = await client.request({
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...defaultHeaders,
        ...headers,
      },
      body,
    });
    return { ...res, json: JSON.parse(res.body) };
  }
  return {
    raw,
    async query(query, variables = {}, headers = {}) {
      const { json } = await raw(query, variables, headers);
      if (json.errors?.length) {
        throw new Error(`GraphQL: ${json.errors.map((e) => e.message).join('; ')}\n${query.slice(0, 200)}`);
      }
      return json.data;
    },
    close: client.close,
  };
}

/** Signs in (admin or partner) and returns the session cookie header. */
export async function signIn(base, kind, login, password) {
  const gql = graphqlClient(base);
  try {
    const mutation =
      kind === 'admin'
        ? 'mutation($l: String!, $p: String!) { signInAdmin(email: $l, password: $p) { kind } }'
        : 'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }';
    const res = await gql.raw(
      mutation,
      { l: login, p: password },
      { 'x-partnerkit-app': kind === 'admin' ? 'admin' : 'portal' },
    );
    if (res.json.errors?.length) throw new Error(`sign-in of ${login} failed: ${res.json.errors[0].message}`);
    const cookies = [res.headers['set-cookie'] ?? []].flat().map((c) => c.split(';')[0]);
    return cookies.join('; ');
  } finally {
    gql.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Load

/** Exact percentile (nearest rank) of sorted numbers. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/**
 * Closed-loop load: `concurrency` workers each send a request, wait for its answer, and send the next, for
 * `seconds` (after `warmupSeconds` not counted) or until `total` requests were sent. `next(i)` gives the
 * i-th request; `ok(response)` says whether it succeeded. Every latency is kept: percentiles are exact.
 */
export async function closedLoop({ base, concurrency, seconds, total, warmupSeconds = 0, next, ok }) {
  const client = httpClient(base, concurrency * 8);
  const latencies = [];
  let sent = 0;
  let failures = 0;
  let firstFailure = null;
  let measuring = warmupSeconds === 0;
  let measuredFrom = performance.now();
  const started = performance.now();
  const deadline = seconds ? started + (warmupSeconds + seconds) * 1000 : Infinity;
  const succeeded = [];
  async function worker() {
    while (performance.now() < deadline && (total === undefined || sent < total)) {
      if (!measuring && performance.now() - started >= warmupSeconds * 1000) {
        measuring = true;
        measuredFrom = performance.now();
      }
      const index = sent++;
      const request = next(index);
      const t0 = performance.now();
      // An array of requests is one page load: sent together, done when the last one is answered.
      const responses = await Promise.all(
        [request]
          .flat()
          .map((one) => client.request(one).catch((error) => ({ status: 0, body: String(error) }))),
      );
      const elapsed = performance.now() - t0;
      const bad = responses.find((response) => !ok(response));
      if (bad) {
        failures += 1;
        firstFailure ??= `${bad.status} ${bad.body.slice(0, 400)}`;
      } else succeeded.push(request.tag);
      if (measuring && t0 >= measuredFrom) latencies.push(elapsed);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = (performance.now() - measuredFrom) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    requests: sent,
    measured: latencies.length,
    failures,
    firstFailure,
    seconds: wall,
    rps: latencies.length / wall,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? null,
    succeeded,
  };
}

// ---------------------------------------------------------------------------------------------------------
// COPY

// The last few dates formatted (rows of one record repeat the same instants).
const isoCache = new Map();
export function iso(date) {
  const ms = date.getTime();
  let text = isoCache.get(ms);
  if (text === undefined) {
    if (isoCache.size >= 8) isoCache.clear();
    text = date.toISOString();
    isoCache.set(ms, text);
  }
  return text;
}

/** A value in COPY's text format. */
export function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return iso(value);
  const text = typeof value === 'string' ? value : String(value);
  return /[\\\n\r\t]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    : text;
}

/** A row in COPY's text format (with its newline). */
export const copyRow = (values) => values.map(copyValue).join('\t') + '\n';

/** `COPY table (columns) FROM STDIN` with the given text (rows from {@link copyRow}), on `client`. */
export async function copyText(client, table, columns, text) {
  if (text.length === 0) return;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  await new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
    stream.end(text);
  });
}

// ---------------------------------------------------------------------------------------------------------
// CPU time (Linux): what a load cost the API process and the database's backends, whatever else ran.

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU milliseconds (user + system) used so far by process `pid`, or null where /proc is missing. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/**
 * A CPU meter over the API process and the PostgreSQL backends connected to database `name` (the server is
 * local): `start()`, then `stop()` resolves `{ apiMs, dbMs }` used in between (null when not measurable).
 */
export function cpuMeter(pool, apiPid, name) {
  let before = null;
  const backends = async () =>
    (
      await pool.query('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
        name,
      ])
    ).rows.map((r) => r.pid);
  const sample = async () => {
    const db = new Map();
    for (const pid of await backends()) {
      const ms = processCpuMs(pid);
      if (ms !== null) db.set(pid, ms);
    }
    return { api: processCpuMs(apiPid), db };
  };
  return {
    async start() {
      before = await sample();
    },
    async stop() {
      const after = await sample();
      let dbMs = 0;
      let measurable = after.db.size > 0;
      for (const [pid, ms] of after.db) dbMs += ms - (before.db.get(pid) ?? 0);
      return {
        apiMs: after.api === null || before.api === null ? null : after.api - before.api,
        dbMs: measurable ? dbMs : null,
      };
    },
  };
}
