#!/usr/bin/env node
// `pnpm bench`: every benchmark scenario against the real system (the built API on PostgreSQL), each next to
// its baseline measured in the same run; prints a table, writes bench-results.json and the results section
// of BENCHMARKS.md. Not part of `pnpm test`. See README ("Benchmark") for the settings.
//
//   pnpm build && BENCH_QUICK=1 pnpm bench                  # a few minutes, small data set
//   pnpm build && pnpm bench                                # 10,000 partners, 10 M clicks, 1 M orders, 120 s run
//   BENCH_SCENARIOS=redirect,orders BENCH_DATABASE=<kept db> BENCH_SKIP_SEED=1 BENCH_KEEP=1 pnpm bench
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  ADMIN,
  PARTNER_PASSWORD,
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  graphqlClient,
  log,
  root,
  settings,
  signIn,
  startApi,
  withClient,
} from './lib.mjs';
import { seed, seedInfo } from './seed.mjs';
import * as scenarios from './scenarios.mjs';

const SCENARIOS = ['redirect', 'sustained', 'orders', 'reads', 'subscribers', 'spa'];
const config = settings();
for (const name of config.scenarios) {
  if (!SCENARIOS.includes(name))
    throw new Error(`Unknown scenario "${name}"; pick from ${SCENARIOS.join(', ')}`);
}
const runId = randomBytes(3).toString('hex');
const started = new Date();
const needsServer = config.scenarios.some((name) => name !== 'spa');

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
};

let name = null;
let createdHere = false;
let api = null;
let pool = null;
const rows = [];
const ctx = { config, runId, raw: {} };
let seedSummary = null;
try {
  if (needsServer) {
    // ---- the database: a fresh scratch database, or BENCH_DATABASE (reused when already seeded)
    name = config.database;
    if (!name || !(await databaseExists(config.serverUrl, name))) {
      name = name ?? null;
      if (name) await withClient(config.serverUrl, (c) => c.query(`create database "${name}"`));
      else name = await createDatabase(config.serverUrl);
      createdHere = true;
    }
    const url = databaseUrl(config.serverUrl, name);
    machine.postgres = await withClient(
      url,
      async (c) => (await c.query('show server_version')).rows[0].server_version,
    );
    seedSummary = await withClient(config.serverUrl, (c) => seedInfo(c, name));
    log(
      `database ${name}${createdHere ? ' (new)' : ''}; ${machine.cores} cores, load ${machine.loadAverageAtStart.join(' ')}`,
    );
    if (!seedSummary) {
      if (config.skipSeed) throw new Error(`BENCH_SKIP_SEED=1 but ${name} was not seeded by pnpm bench:seed`);
      log('migrating: one start of the API');
      const first = await startApi(url);
      await first.stop();
      log(`seeding ${config.partners} partners, ${config.orders} orders, ${config.clicks} clicks`);
      seedSummary = await seed(url, config);
      log(`seeded in ${seedSummary.seconds.toFixed(1)} s`, JSON.stringify(seedSummary.timings));
      seedSummary.thisRun = true;
    } else {
      log(`reusing the seeded data set (${JSON.stringify({ ...seedSummary, timings: undefined })})`);
    }

    // ---- the data set read into the OS cache first, so every run measures the warm steady state and not
    // how much of a database larger than shared_buffers the kernel happened to keep (a cold run read index
    // pages from disk on every order)
    if (config.prewarm) {
      const started = Date.now();
      const warmed = await withClient(url, async (c) => {
        try {
          await c.query('create extension if not exists pg_prewarm');
        } catch (error) {
          return `not warmed (pg_prewarm: ${error.message})`;
        }
        const { rows } = await c.query(
          `select coalesce(sum(pg_prewarm(c.oid, 'read')), 0)::bigint as blocks from pg_class c
             join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'i', 't', 'm')`,
        );
        return `${Math.round((Number(rows[0].blocks) * 8) / 1024)} MB read into the OS cache`;
      });
      log(`prewarm: ${warmed} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }

    // ---- the API and what the scenarios need: an API key, sessions, the data set's partners
    api = await startApi(url);
    ctx.api = api;
    pool = new pg.Pool({ connectionString: url, max: 4 });
    ctx.pool = pool;
    ctx.databaseName = name;
    const bench = {};
    ctx.bench = bench;
    bench.adminCookie = await signIn(api.base, 'admin', ADMIN.email, ADMIN.password);
    const admin = graphqlClient(api.base, { cookie: bench.adminCookie, 'x-partnerkit-app': 'admin' });
    bench.apiKey = (
      await admin.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
        input: { name: `bench ${runId}`, scopes: ['events:write'] },
      })
    ).createApiKey.secret;
    admin.close();
    const one = async (sql, params = []) => (await pool.query(sql, params)).rows;
    bench.clickPartnerId = (await one("select id from partners where code = 'bench-clicks'"))[0]?.id;
    bench.programId = (await one('select id from programs order by priority, created_at limit 1'))[0]?.id;
    bench.orderPartnerCodes = (
      await one(
        `select p.code from partners p join partners parent on parent.id = p.parent_id
         where p.status = 'ACTIVE' and parent.status = 'ACTIVE' and p.code like 'p%' and parent.parent_id is not null
         order by p.code limit 100`,
      )
    ).map((r) => r.code);
    const [busy] = await one(
      `select e.partner_id as id, p.code, count(*)::int as entries from ledger_entries e
       join partners p on p.id = e.partner_id group by 1, 2 order by 3 desc limit 1`,
    );
    const [typical] = await one(
      `with t as (select partner_id, count(*)::int as n from ledger_entries group by 1)
       select t.partner_id as id, p.code, t.n as entries from t join partners p on p.id = t.partner_id
       order by t.n, t.partner_id limit 1 offset (select count(*) / 2 from t)`,
    );
    if (config.scenarios.includes('reads')) {
      bench.busyPartner = { ...busy, cookie: await signIn(api.base, 'partner', busy.code, PARTNER_PASSWORD) };
      bench.typicalPartner = {
        ...typical,
        cookie: await signIn(api.base, 'partner', typical.code, PARTNER_PASSWORD),
      };
    }
    if (config.scenarios.includes('subscribers')) {
      const codes = bench.orderPartnerCodes.slice(0, 10);
      bench.subscriberPartners = [];
      for (const code of codes) {
        const [{ id }] = await one('select id from partners where code = $1', [code]);
        bench.subscriberPartners.push({
          id,
          code,
          cookie: await signIn(api.base, 'partner', code, PARTNER_PASSWORD),
        });
      }
    }
    // Warm the redirect cache and the GraphQL schema.
    await fetch(`${api.base}/r/bench-clicks`, {
      redirect: 'manual',
      headers: { 'user-agent': 'warm-up bot' },
    });
  }

  // ---- the scenarios, in order; one failing does not stop the others
  for (const scenario of config.scenarios) {
    const since = Date.now();
    try {
      // A checkpoint first: the writes an earlier scenario left to the checkpointer (the sustained redirect
      // writes a million clicks) are flushed now, not while this one is measured.
      if (pool && scenario !== 'spa') await pool.query('checkpoint').catch(() => undefined);
      const produced = await scenarios[scenario](ctx);
      rows.push(...produced.map((row) => ({ ...row, group: scenario })));
      // As they come: a long run that stops early keeps what it measured.
      for (const row of produced) {
        const base =
          row.baseline === undefined
            ? ''
            : ` (baseline ${row.baseline}${row.baselineLabel ? `, ${row.baselineLabel}` : ''})`;
        log(`  ${row.scenario}: ${row.measure ?? ''} ${row.value}${base}${row.note ? `; ${row.note}` : ''}`);
      }
      writeFileSync(
        config.out,
        JSON.stringify({ startedAt: started.toISOString(), partial: true, rows, raw: ctx.raw }, null, 2),
      );
    } catch (error) {
      log(`${scenario} failed: ${error.stack ?? error}`);
      rows.push({
        group: scenario,
        scenario,
        measure: 'error',
        value: 'error',
        note: String(error.message).slice(0, 200),
      });
    }
    log(`${scenario}: ${((Date.now() - since) / 1000).toFixed(0)} s`);
  }
} finally {
  if (api) {
    // What the API logged (level warn and above) during the run: errors explain failed requests.
    ctx.raw.apiLog = api.output().slice(-8_000);
    await api.stop();
  }
  if (pool) await pool.end();
  if (name && createdHere && !config.keep) {
    await dropDatabase(config.serverUrl, name);
    log(`dropped ${name}`);
  } else if (name) log(`kept ${name}: BENCH_DATABASE=${name} BENCH_SKIP_SEED=1 BENCH_KEEP=1 pnpm bench`);
}
machine.loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));

// ---- the report
const numeric = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
function ratioOf(row) {
  const value = numeric(row.sortValue) ?? numeric(row.value);
  const base = numeric(row.baselineValue) ?? numeric(row.baseline);
  if (value === null || base === null || base === 0) return null;
  return value / base;
}
const fmt = (v) =>
  v === undefined || v === null
    ? ''
    : typeof v === 'number'
      ? v.toLocaleString('en-US', { maximumFractionDigits: 1 })
      : String(v);
const table = rows.map((row) => {
  const ratio = ratioOf(row);
  return {
    scenario: row.scenario,
    measure: row.measure ?? '',
    value: fmt(row.value),
    baseline:
      row.baseline === undefined
        ? ''
        : `${fmt(row.baseline)}${row.baselineLabel ? ` (${row.baselineLabel})` : ''}`,
    ratio: ratio === null ? '' : ratio.toFixed(2),
    target: row.target ?? '',
    met: row.met === undefined ? '' : row.met ? 'yes' : 'NO',
    note: row.note ?? '',
  };
});
const headers = {
  scenario: 'Scenario',
  measure: 'Measure',
  value: 'Value',
  baseline: 'Baseline',
  ratio: 'Ratio',
  target: 'Target',
  met: 'Met',
};
const widths = Object.fromEntries(
  Object.keys(headers).map((k) => [k, Math.max(headers[k].length, ...table.map((r) => r[k].length))]),
);
const line = (r) =>
  Object.keys(headers)
    .map((k) => r[k].padEnd(widths[k]))
    .join('  ');
console.log(`\nPartnerkit benchmark, ${started.toISOString()} (${config.quick ? 'quick' : 'full'} run)`);
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres ?? '-'}; load ${machine.loadAverageAtStart.join(' ')} -> ${machine.loadAverageAtEnd.join(' ')}`,
);
if (seedSummary)
  console.log(
    `Data set: ${seedSummary.partners} partners, ${seedSummary.orders} orders, ${seedSummary.clicks} clicks, ${seedSummary.commissions} commissions, ${seedSummary.ledgerEntries} ledger entries; seeded in ${seedSummary.seconds.toFixed(0)} s${seedSummary.thisRun ? '' : ' (earlier)'}\n`,
  );
console.log(line(headers));
console.log(
  Object.keys(headers)
    .map((k) => '-'.repeat(widths[k]))
    .join('  '),
);
for (const r of table) {
  console.log(line(r));
  if (r.note) console.log(`${' '.repeat(widths.scenario + 2)}${r.note}`);
}

const results = {
  startedAt: started.toISOString(),
  quick: config.quick,
  config: { ...config },
  machine,
  seed: seedSummary,
  rows,
  raw: ctx.raw,
};
writeFileSync(config.out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote ${config.out}`);

// BENCHMARKS.md: the part between the markers is this run's; the rest (targets, analysis) is kept.
if (config.writeMarkdown) {
  const file = join(root, 'BENCHMARKS.md');
  const START = '<!-- bench:results:start -->';
  const END = '<!-- bench:results:end -->';
  const md = (s) => String(s).replace(/\|/g, '\\|');
  const section = [
    START,
    '',
    `Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (${config.quick ? '`BENCH_QUICK=1`' : 'full'}; scenarios: ${config.scenarios.join(', ')}), written by \`pnpm bench\`.`,
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM; Node ${machine.node}; PostgreSQL ${machine.postgres ?? '-'} (local, default settings).`,
    `- Load average ${machine.loadAverageAtStart.join(' / ')} at the start, ${machine.loadAverageAtEnd.join(' / ')} at the end, on ${machine.cores} cores (the load generator runs on the same machine). Compare the ratios to the baselines measured in the same run.`,
    seedSummary
      ? `- Data set: ${seedSummary.partners.toLocaleString('en-US')} partners (3 levels), ${seedSummary.orders.toLocaleString('en-US')} orders (${seedSummary.refunds.toLocaleString('en-US')} refunded), ${seedSummary.commissions.toLocaleString('en-US')} commissions, ${seedSummary.ledgerEntries.toLocaleString('en-US')} ledger entries, ${seedSummary.clicks.toLocaleString('en-US')} clicks over 90 days; seeded by \`pnpm bench:seed\` in ${seedSummary.seconds.toFixed(0)} s (${Object.entries(
          seedSummary.timings ?? {},
        )
          .filter(([, v]) => typeof v === 'number')
          .map(([k, v]) => `${k} ${Math.round(v)} s`)
          .join(', ')}).`
      : '- Data set: none (SPA scenario only).',
    `- Load: autocannon ${config.connections} connections for the redirect (${config.seconds} s; sustained ${config.sustainedSeconds} s); closed-loop workers for GraphQL (${config.orderSeconds} s per concurrency for orders, ${config.readRequests} requests per read and mode).`,
    '',
    '| Scenario | Measure | Value | Baseline | Ratio | Target | Met | Notes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...table.map(
      (r) =>
        `| ${md(r.scenario)} | ${md(r.measure)} | ${md(r.value)} | ${md(r.baseline)} | ${r.ratio} | ${md(r.target)} | ${r.met} | ${md(r.note)} |`,
    ),
    '',
    END,
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const next =
    current.includes(START) && current.includes(END)
      ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
      : `${current || '# Benchmarks\n'}\n${section}\n`;
  // Formatted as `pnpm test` (prettier --check) wants it.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
  console.log(`Wrote ${file}`);
}
