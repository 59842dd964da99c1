#!/usr/bin/env node
// `pnpm bench`: load test of the tracking redirect (GET /r/<code>) with autocannon, bounded in time.
// Starts the built API (node apps/api/dist/main.js) on the embedded database with the demo data, in a temp
// folder, on loopback; compares it with a bare Node HTTP server answering the same 302; prints requests/s
// and p99 latency, and checks the clicks were stored. Not part of `pnpm test`.
//
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_PORT=0 BENCH_CODE=alice pnpm bench
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const code = process.env.BENCH_CODE ?? 'alice';
const userAgent =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const main = join(root, 'apps/api/dist/main.js');
if (!existsSync(main)) {
  console.error('Build first: `pnpm build` (apps/api/dist/main.js is missing).');
  process.exit(1);
}

const BASELINE = `
const http = require('node:http');
const crypto = require('node:crypto');
const server = http.createServer((req, res) => {
  const id = crypto.randomBytes(16).toString('hex');
  res.writeHead(302, { location: 'https://example.com/?pk_vid=' + id, 'set-cookie': 'pk_vid=' + id + '; Max-Age=2592000; Path=/; SameSite=Lax', 'cache-control': 'no-store' });
  res.end();
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** Starts a child process and resolves with its base URL once `ready` says so. */
function start(args, env, portOf) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start in 90 s:\n${log}`)), 90_000);
    const onData = async (chunk) => {
      log += chunk;
      const port = portOf(log);
      if (port) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve({ child, url: `http://127.0.0.1:${port}` });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (log += chunk));
    child.once('exit', (exitCode) => reject(new Error(`exited (${exitCode}):\n${log}`)));
  });
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: seconds, headers: { 'user-agent': userAgent }, followRedirect: false },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const report = (name, result) =>
  console.log(
    `${name.padEnd(34)} ${Math.round(result.requests.average).toString().padStart(8)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-3xx ${result.non2xx - result['3xx'] + result.errors}`,
  );

const dataDir = mkdtempSync(join(tmpdir(), 'track-bench-'));
let api;
let baseline;
try {
  const port = process.env.BENCH_PORT ?? '0';
  api = await start(
    [main],
    {
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      SERVE_SPAS: 'false',
      NODE_ENV: 'production',
    },
    (log) => /GraphQL API\s+http:\/\/localhost:(\d+)/.exec(log)?.[1],
  );
  baseline = await start(['-e', BASELINE], {}, (log) => /PORT (\d+)/.exec(log)?.[1]);

  console.log(
    `Redirect benchmark: ${connections} connections, ${seconds} s each, loopback, ${process.version}\n`,
  );
  const warm = await fetch(`${api.url}/r/${code}`, {
    redirect: 'manual',
    headers: { 'user-agent': userAgent },
  });
  if (warm.status !== 302) throw new Error(`/r/${code} answered ${warm.status}`);

  const bare = await load(`${baseline.url}/r/${code}`);
  report('bare Node http server (302)', bare);
  const unknown = await load(`${api.url}/r/nobody-bench`);
  report('Partnerkit GET /r/<unknown code>', unknown);
  console.log('  (the same redirect, but no click to store: the cost of the handler alone)');
  const redirect = await load(`${api.url}/r/${code}`);
  report(`Partnerkit GET /r/${code}`, redirect);
  console.log('  (every click stored: on the embedded database, PGlite shares the API process and its CPU)');
  const share = (result) => `${Math.round((result.requests.average / bare.requests.average) * 100)} %`;
  console.log(
    `\nOf bare Node's speed: redirect alone ${share(unknown)}, redirect + click storage ${share(redirect)}`,
  );

  // Every click must be stored: the buffer writes within 250 ms.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const signIn = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { signInPartner(login: "alice", password: "demo-partner-pass") { kind } }',
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const stats = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-partnerkit-app': 'portal' },
    body: JSON.stringify({ query: '{ myClickSummary { today { raw unique bot } } }' }),
  });
  const today = (await stats.json()).data?.myClickSummary.today;
  if (code === 'alice' && today) {
    console.log(
      `Clicks stored for alice today: ${today.raw} (requests sent: ${redirect.requests.total + 1})`,
    );
  }
} finally {
  if (api) await stop(api.child);
  if (baseline) await stop(baseline.child);
  rmSync(dataDir, { recursive: true, force: true });
}
