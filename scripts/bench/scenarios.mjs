// The scenarios of `pnpm bench`. Each measures the real system (the built API on PostgreSQL) next to a
// baseline taken in the same run, and returns rows for the report:
//   { scenario, measure, value, unit, baseline, baselineLabel, target, better: 'higher' | 'lower', met, note }
import { join } from 'node:path';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import {
  closedLoop,
  cpuMeter,
  graphqlClient,
  httpClient,
  log,
  percentile,
  root,
  sleep,
  startScript,
} from './lib.mjs';
import { SPA_DISTS, SPA_INITIAL_JS_BUDGET_KB, spaInitialJs } from './spa-size.mjs';

export const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

/** A bare node:http server answering the same 302 as the redirect (cookie, location, no-store). */
const BARE_302 = `
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

/** CPU per unit (`scale` 1: ms, 1000: µs), rounded; null when not measured. */
const cpuPer = (ms, count, scale = 1) =>
  ms === null || ms === undefined || !count
    ? null
    : Number(((ms * scale) / count).toFixed(scale === 1 ? 2 : 0));

const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

/**
 * autocannon on `/r/<code>?sub=<tag>` for `seconds`: every request carries its own sub-id tag, so the clicks
 * stored can be matched one by one with the 302s received. Returns autocannon's result and the tags.
 */
async function redirectLoad(base, code, seconds, connections, prefix) {
  const received = [];
  let sequence = 0;
  const result = await new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        headers: { 'user-agent': USER_AGENT },
        requests: [
          {
            method: 'GET',
            setupRequest(request, context) {
              context.tag = `${prefix}${(sequence += 1)}`;
              return { ...request, path: `/r/${code}?sub=${context.tag}` };
            },
            onResponse(status, _body, context) {
              if (status === 302) received.push(context.tag);
            },
          },
        ],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
  });
  return { result, received };
}

/**
 * Waits until the partner's stored clicks with the tag prefix stop growing (for 2 s once they number the
 * 302s received, else for 10 s: one batch on a cold cache can take seconds, and a shorter wait counted late
 * clicks as lost), or 2 minutes have passed; returns their sub-ids.
 */
async function storedTags(pool, partnerId, prefix, expected) {
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await pool.query(
      'select count(*)::int as n from clicks where partner_id = $1 and sub_id like $2',
      [partnerId, `${prefix}%`],
    );
    // Requests in flight when the load stopped are stored too: once the count reaches the 302s
    // received, 2 s without growth end the wait.
    const quiet = rows[0].n >= expected ? 2_000 : 10_000;
    if (rows[0].n !== last) {
      last = rows[0].n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > quiet || Date.now() > deadline) break;
    await sleep(500);
  }
  const { rows } = await pool.query('select sub_id from clicks where partner_id = $1 and sub_id like $2', [
    partnerId,
    `${prefix}%`,
  ]);
  return rows.map((row) => row.sub_id);
}

/** Sent (302s received) vs stored: lost = sent without a stored click; extra = stored twice or unseen. */
function clickAccount(received, stored) {
  const storedSet = new Set(stored);
  const sentSet = new Set(received);
  let lost = 0;
  for (const tag of sentSet) if (!storedSet.has(tag)) lost += 1;
  let unseen = 0;
  for (const tag of storedSet) if (!sentSet.has(tag)) unseen += 1;
  return {
    sent: sentSet.size,
    stored: stored.length,
    lost,
    duplicates: stored.length - storedSet.size,
    unseen,
  };
}

const nonRedirects = (r) => r.non2xx - r['3xx'] + r.errors + r.timeouts;

/** 1. The redirect next to a bare node:http 302, same autocannon settings; then clicks sent vs stored. */
export async function redirect(ctx) {
  const { api, config, pool, bench, runId } = ctx;
  const seconds = config.seconds;
  const connections = config.connections;
  const bare = await startScript(BARE_302);
  try {
    log(`redirect: bare node:http, ${connections} connections, ${seconds} s`);
    const baseline = (await redirectLoad(bare.base, 'bench-clicks', seconds, connections, 'x')).result;
    log(`redirect: GET /r/<unknown code> (nothing stored), ${seconds} s`);
    const unknown = (await redirectLoad(api.base, 'nobody-bench', seconds, connections, 'x')).result;
    const prefix = `r${runId}n`;
    log(`redirect: GET /r/bench-clicks, ${seconds} s`);
    const meter = cpuMeter(pool, api.child.pid, ctx.databaseName);
    await meter.start();
    const { result, received } = await redirectLoad(api.base, 'bench-clicks', seconds, connections, prefix);
    const account = clickAccount(
      received,
      await storedTags(pool, bench.clickPartnerId, prefix, received.length),
    );
    const cpu = await meter.stop(); // includes writing the last clicks
    ctx.raw.redirect = {
      baseline: summary(baseline),
      unknown: summary(unknown),
      redirect: summary(result),
      account,
      cpu,
    };
    const rows = [
      {
        scenario: 'Redirect (64 conn.)',
        measure: 'req/s',
        value: round(result.requests.average, 0),
        baseline: round(baseline.requests.average, 0),
        baselineLabel: 'bare node:http 302',
        target: '>= 0.70 x bare',
        met: result.requests.average >= 0.7 * baseline.requests.average,
        note: `non-3xx ${nonRedirects(result)}`,
      },
      {
        scenario: 'Redirect (64 conn.)',
        measure: 'p99 ms',
        value: result.latency.p99,
        baseline: baseline.latency.p99,
        baselineLabel: 'bare node:http 302',
        target: '<= 5 ms',
        met: result.latency.p99 <= 5,
        note: `p50 ${result.latency.p50} ms (bare ${baseline.latency.p50} ms)`,
      },
      {
        scenario: 'Redirect, unknown code (no click)',
        measure: 'req/s',
        value: round(unknown.requests.average, 0),
        baseline: round(baseline.requests.average, 0),
        baselineLabel: 'bare node:http 302',
        note: `p99 ${unknown.latency.p99} ms: the handler without click storage`,
      },
      {
        scenario: 'Redirect (64 conn.)',
        measure: 'CPU µs per click',
        value: cpuPer(cpu.apiMs, account.stored, 1000),
        note: `API process; PostgreSQL backends ${cpuPer(cpu.dbMs, account.stored, 1000) ?? '-'} µs (CPU time, not wall: steady on a busy machine)`,
      },
      {
        scenario: 'Redirect clicks',
        measure: 'stored / sent',
        value: account.stored,
        baseline: account.sent,
        baselineLabel: '302s received',
        target: '0 lost',
        met: account.lost === 0 && account.duplicates === 0,
        note: `lost ${account.lost}, duplicates ${account.duplicates}, answered after the load stopped ${account.unseen}`,
      },
    ];
    return rows;
  } finally {
    await bare.stop();
  }
}

const summary = (r) => ({
  requests: r.requests.total,
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  max: r.latency.max,
  non3xx: nonRedirects(r),
  errors: r.errors,
  timeouts: r.timeouts,
});

/** 2. The redirect for BENCH_SUSTAINED_SECONDS; then every click is looked for in the database. */
export async function sustained(ctx) {
  const { api, config, pool, bench, runId } = ctx;
  const prefix = `s${runId}n`;
  log(`sustained: GET /r/bench-clicks, ${config.connections} connections, ${config.sustainedSeconds} s`);
  const { result, received } = await redirectLoad(
    api.base,
    'bench-clicks',
    config.sustainedSeconds,
    config.connections,
    prefix,
  );
  const account = clickAccount(
    received,
    await storedTags(pool, bench.clickPartnerId, prefix, received.length),
  );
  ctx.raw.sustained = { redirect: summary(result), account };
  return [
    {
      scenario: `Sustained redirect ${config.sustainedSeconds} s`,
      measure: 'req/s',
      value: round(result.requests.average, 0),
      note: `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, non-3xx ${nonRedirects(result)}`,
    },
    {
      scenario: `Sustained redirect ${config.sustainedSeconds} s`,
      measure: 'clicks stored / sent',
      value: account.stored,
      baseline: account.sent,
      baselineLabel: '302s received',
      target: '0 lost',
      met: account.lost === 0 && account.duplicates === 0,
      note: `lost ${account.lost}, duplicates ${account.duplicates}, answered after the load stopped ${account.unseen}`,
    },
  ];
}

const RECORD_ORDER = `mutation RecordOrder($input: RecordOrderInput!) {
  recordOrder(input: $input) { status duplicate order { id } }
}`;

/** A closed-loop GraphQL load: one request body per index, `ok` when 200 without errors. */
function graphqlLoad(ctx, { concurrency, seconds, total, warmupSeconds, headers, body, check }) {
  return closedLoop({
    base: ctx.api.base,
    concurrency,
    seconds,
    total,
    warmupSeconds,
    next(index) {
      const { text, tag } = body(index);
      const one = (payload) => ({
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
        body: payload,
        tag,
      });
      return Array.isArray(text) ? text.map(one) : one(text);
    },
    ok(response) {
      if (response.status !== 200) return false;
      const json = JSON.parse(response.body);
      return !json.errors && (check ? check(json.data) : true);
    },
  });
}

/** 3. recordOrder (API key, two-level program) at several concurrencies next to `{ __typename }`. */
export async function orders(ctx) {
  const { config, pool, bench, runId } = ctx;
  const headers = { authorization: `Bearer ${bench.apiKey}` };
  const rows = [];
  const prefix = `bench-${runId}-`;
  const raw = [];
  for (const concurrency of config.orderConcurrency) {
    log(`orders: { __typename } at concurrency ${concurrency}, ${config.orderSeconds} s`);
    const typename = JSON.stringify({ query: '{ __typename }' });
    const baselineMeter = cpuMeter(pool, ctx.api.child.pid, ctx.databaseName);
    await baselineMeter.start();
    const baseline = await graphqlLoad(ctx, {
      concurrency,
      seconds: config.orderSeconds,
      warmupSeconds: 2,
      headers,
      body: () => ({ text: typename }),
    });
    const baselineCpu = await baselineMeter.stop();
    log(`orders: recordOrder at concurrency ${concurrency}, ${config.orderSeconds} s`);
    const meter = cpuMeter(pool, ctx.api.child.pid, ctx.databaseName);
    await meter.start();
    const result = await graphqlLoad(ctx, {
      concurrency,
      seconds: config.orderSeconds,
      warmupSeconds: 2,
      headers,
      body(index) {
        const externalId = `${prefix}c${concurrency}-${index}`;
        const partnerCode = bench.orderPartnerCodes[index % bench.orderPartnerCodes.length];
        return {
          tag: externalId,
          text: JSON.stringify({
            query: RECORD_ORDER,
            variables: {
              input: {
                externalId,
                currency: 'USD',
                items: [{ sku: 'BENCH-SKU-05', quantity: 1, unitPriceMinor: '10990' }],
                taxMinor: '879',
                customer: { externalId: `${externalId}-customer`, email: `${externalId}@buyer.example` },
                referral: { partnerCode },
              },
            },
          }),
        };
      },
      check: (data) => data.recordOrder.status === 'PROCESSED' && !data.recordOrder.duplicate,
    });
    const cpu = await meter.stop();
    raw.push({ concurrency, baseline: strip(baseline), recordOrder: strip(result), cpu, baselineCpu });
    if (result.failures) log(`orders: ${result.failures} failed, first: ${result.firstFailure}`);
    const c32 = concurrency === 32;
    rows.push(
      {
        scenario: `recordOrder, concurrency ${concurrency}`,
        measure: 'req/s',
        value: round(result.rps, 0),
        baseline: round(baseline.rps, 0),
        baselineLabel: '{ __typename }',
        target: c32 ? '>= 1,000/s' : undefined,
        met: c32 ? result.rps >= 1000 : undefined,
        note: `${result.measured} orders measured, ${result.failures} failed; CPU per order: API ${cpuPer(cpu.apiMs, result.requests) ?? '-'} ms, PostgreSQL ${cpuPer(cpu.dbMs, result.requests) ?? '-'} ms (\`{ __typename }\`: API ${cpuPer(baselineCpu.apiMs, baseline.requests) ?? '-'} ms)`,
      },
      {
        scenario: `recordOrder, concurrency ${concurrency}`,
        measure: 'p50 / p99 ms',
        value: `${round(result.p50)} / ${round(result.p99)}`,
        sortValue: result.p99,
        baseline: `${round(baseline.p50)} / ${round(baseline.p99)}`,
        baselineValue: baseline.p99,
        baselineLabel: '{ __typename }',
        target: c32 ? 'p99 <= 50 ms' : undefined,
        met: c32 ? result.p99 !== null && result.p99 <= 50 : undefined,
      },
    );
    ctx.acknowledgedOrders = (ctx.acknowledgedOrders ?? 0) + result.succeeded.length;
  }

  // Every order of this run: exactly one set of commissions (one level-1 and one level-2 line, each with
  // its ledger entry), none missing, none twice.
  const { rows: check } = await pool.query(
    `with o as (select id from orders where external_id like $1),
     per as (
       select o.id, count(c.id) as lines, count(distinct (c.level, c.partner_id)) as positions,
              count(*) filter (where c.level = 1) as l1, count(*) filter (where c.level = 2) as l2
       from o left join commissions c on c.source_id = o.id group by o.id
     )
     select count(*)::int as orders,
            count(*) filter (where lines = 0)::int as without,
            count(*) filter (where lines = 2 and l1 = 1 and l2 = 1 and positions = 2)::int as exact,
            count(*) filter (where lines > 2 or positions < lines)::int as twice,
            (select count(*) from commissions c join o on c.source_id = o.id)::int as commissions,
            (select count(*) from ledger_entries e join commissions c on c.id = e.commission_id
               join o on c.source_id = o.id)::int as entries
     from per`,
    [`${prefix}%`],
  );
  const c = check[0];
  ctx.raw.orders = { runs: raw, check: { ...c, acknowledged: ctx.acknowledgedOrders } };
  rows.push({
    scenario: 'recordOrder: commissions per order',
    measure: 'orders with exactly 2 lines',
    value: c.exact,
    baseline: c.orders,
    baselineLabel: 'orders stored',
    target: 'all, none without, none twice',
    met: c.exact === c.orders && c.without === 0 && c.twice === 0 && c.entries === c.commissions,
    note: `acknowledged ${ctx.acknowledgedOrders}, without ${c.without}, twice ${c.twice}, ${c.commissions} commissions / ${c.entries} ledger entries`,
  });
  return rows;
}

const strip = ({ succeeded: _succeeded, ...rest }) => rest;

const MONEY = 'amountMinor currency formatted';
const BALANCE_FIELDS = `currency total { ${MONEY} } payable { ${MONEY} } pending { ${MONEY} } flagged { ${MONEY} }`;
const CLICK_STATS = 'raw unique bot byLink { name slug raw unique bot }';
const READS = {
  myBalances: `query MyBalances { myBalances { ${BALANCE_FIELDS} } }`,
  myCommissions: `query MyCommissions { myCommissions(first: 25) { totalCount pageInfo { endCursor hasNextPage }
    nodes { id createdAt kind level status availableAt amount { ${MONEY} } reversed { ${MONEY} } } } }`,
  myLedgerEntries: `query MyLedgerEntries { myLedgerEntries(first: 25) { totalCount pageInfo { endCursor hasNextPage }
    nodes { id effectiveAt kind reason reference method amount { ${MONEY} } } } }`,
  myClickSummary: `query MyClickSummary { myClickSummary { timeZone today { ${CLICK_STATS} } last7Days { ${CLICK_STATS} } last30Days { ${CLICK_STATS} } } }`,
  partnerBalances: `query PartnerBalances($id: ID!) { partner(id: $id) { id balances { ${BALANCE_FIELDS} } } }`,
  orders: `query Orders { orders(first: 50) { totalCount pageInfo { endCursor hasNextPage }
    nodes { id externalId orderedAt attributionMethod couponCode total { ${MONEY} } refunded { ${MONEY} }
      credits { weightBps flagged partner { id code } } } } }`,
  partners: `query Partners { partners(first: 50) { totalCount pageInfo { endCursor hasNextPage }
    nodes { id code name email status createdAt customFields programs { id name } } } }`,
};
/**
 * The portal's overview and earnings pages (and the links page's click summary), as the portal loads them:
 * separate requests sent together (Apollo Client does not batch); a page is done when the last one answers.
 */
const DASHBOARD = [
  `query Me { me { kind partner { id code name email status cookieWindowDays payoutMethod payoutDestination
    notifyOnSale notifyOnPayment createdAt approvedAt
    programs { id name notes currency cookieWindowDays holdDays minimumPayout { formatted } } } } }`,
  READS.myBalances,
  READS.myCommissions,
  READS.myLedgerEntries,
  READS.myClickSummary,
];

/** Measures one read: N sequential requests, then N at `readConcurrency`; each next to `{ __typename }`. */
async function measureRead(ctx, { scenario, query, variables = {}, headers, target, targetMs, modes }) {
  const rows = [];
  const text = Array.isArray(query)
    ? query.map((q) => JSON.stringify({ query: q, variables }))
    : JSON.stringify({ query, variables });
  const baselineText = JSON.stringify({ query: '{ __typename }' });
  for (const concurrency of modes ?? [1, ctx.config.readConcurrency]) {
    const total = ctx.config.readRequests;
    const warm = { concurrency, total: Math.min(50, total), seconds: 10, headers, body: () => ({ text }) };
    await graphqlLoad(ctx, warm);
    // Up to `total` requests, and no longer than BENCH_READ_SECONDS (a slow read takes fewer samples).
    const seconds = ctx.config.readSeconds;
    const result = await graphqlLoad(ctx, { concurrency, total, seconds, headers, body: () => ({ text }) });
    // The baseline of a session and concurrency is measured once and shared by the reads that use them.
    const baselineKey = `${JSON.stringify(headers)}|${concurrency}`;
    ctx.readBaselines ??= new Map();
    if (!ctx.readBaselines.has(baselineKey)) {
      ctx.readBaselines.set(
        baselineKey,
        await graphqlLoad(ctx, {
          concurrency,
          total,
          seconds,
          headers,
          body: () => ({ text: baselineText }),
        }),
      );
    }
    const baseline = ctx.readBaselines.get(baselineKey);
    ctx.raw.reads.push({ scenario, concurrency, result: strip(result), baseline: strip(baseline) });
    if (result.failures) log(`reads: ${scenario}: ${result.failures} failed, first: ${result.firstFailure}`);
    rows.push({
      scenario: `${scenario}${concurrency === 1 ? ', sequential' : `, ${concurrency} concurrent`}`,
      measure: 'p50 / p95 / p99 ms',
      value: `${round(result.p50)} / ${round(result.p95)} / ${round(result.p99)}`,
      sortValue: result.p95,
      baseline: `${round(baseline.p50)} / ${round(baseline.p95)} / ${round(baseline.p99)}`,
      baselineValue: baseline.p95,
      baselineLabel: '{ __typename }',
      target,
      met:
        targetMs === undefined
          ? undefined
          : result.p95 !== null && result.p95 <= targetMs && !result.failures,
      note: `${result.measured} requests, ${round(result.rps, 0)} req/s${result.failures ? `, ${result.failures} FAILED` : ''}`,
    });
  }
  return rows;
}

/** Introspection: the fields of the root type `typeName` (Query or Subscription), with args and types. */
async function rootFields(ctx, typeName) {
  const gql = graphqlClient(ctx.api.base, { cookie: ctx.bench.adminCookie, 'x-partnerkit-app': 'admin' });
  try {
    const data = await gql.query(
      `query($name: String!) { __type(name: $name) { fields { name args { name type { ...T } } type { ...T } } } }
       fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
      { name: typeName },
    );
    return data.__type?.fields ?? [];
  } finally {
    gql.close();
  }
}

const namedType = (type) => (type.ofType ? namedType(type.ofType) : type);
const required = (type) => type.kind === 'NON_NULL';

/** A selection of every scalar field of `typeName` (and of the objects one level down), by introspection. */
async function selectionOf(ctx, typeName, depth = 2) {
  const gql = graphqlClient(ctx.api.base, { cookie: ctx.bench.adminCookie, 'x-partnerkit-app': 'admin' });
  try {
    const data = await gql.query(
      `query($name: String!) { __type(name: $name) { kind fields { name args { name type { kind } } type { ...T } } } }
       fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
      { name: typeName },
    );
    const fields = data.__type?.fields ?? [];
    const parts = [];
    for (const field of fields) {
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue;
      const type = namedType(field.type);
      if (type.kind === 'SCALAR' || type.kind === 'ENUM') parts.push(field.name);
      else if (type.kind === 'OBJECT' && depth > 1) {
        const inner = await selectionOf(ctx, type.name, depth - 1);
        if (inner) parts.push(`${field.name} ${inner}`);
      }
    }
    return parts.length ? `{ ${parts.join(' ')} }` : null;
  } finally {
    gql.close();
  }
}

/** Arguments of a field, filled by type: dates span the data set, ids are the partner's, sizes 50. */
function fillArgs(field, values) {
  const out = [];
  for (const arg of field.args) {
    const type = namedType(arg.type);
    let value;
    if (type.name === 'DateTimeISO' || type.name === 'DateTime')
      value = JSON.stringify(/^(to|until|end)/i.test(arg.name) ? values.to : values.from);
    else if (type.name === 'ID')
      value = JSON.stringify(/program/i.test(arg.name) ? values.programId : values.partnerId);
    else if (type.name === 'Int') value = /first|limit|size/i.test(arg.name) ? '50' : '1';
    else if (type.name === 'String' && /currency/i.test(arg.name)) value = '"USD"';
    else if (required(arg.type)) return null; // an argument we cannot guess
    if (value !== undefined) out.push(`${arg.name}: ${value}`);
  }
  return out.length ? `(${out.join(', ')})` : '';
}

/** 4. Reads on the large data set: the portal's dashboard, balances, the admin's lists, the ledger report. */
export async function reads(ctx) {
  const { bench } = ctx;
  ctx.raw.reads = [];
  const partner = { cookie: bench.busyPartner.cookie, 'x-partnerkit-app': 'portal' };
  const typical = { cookie: bench.typicalPartner.cookie, 'x-partnerkit-app': 'portal' };
  const admin = { cookie: bench.adminCookie, 'x-partnerkit-app': 'admin' };
  const rows = [];
  const busy = `busiest partner (${bench.busyPartner.entries} ledger entries)`;
  log('reads: portal dashboard, balances, admin lists');
  rows.push(
    ...(await measureRead(ctx, {
      scenario: `Dashboard (5 queries), ${busy}`,
      query: DASHBOARD,
      headers: partner,
      target: 'p95 <= 50 ms',
      targetMs: 50,
    })),
    ...(await measureRead(ctx, {
      scenario: `Dashboard (5 queries), typical partner (${bench.typicalPartner.entries} entries)`,
      query: DASHBOARD,
      headers: typical,
      target: 'p95 <= 50 ms',
      targetMs: 50,
    })),
    // The same queries in one GraphQL document (a client that batches them): a check that it works.
    ...(await measureRead(ctx, {
      scenario: 'Dashboard as one GraphQL document, typical partner',
      query: `query Dashboard {\n${DASHBOARD.map((q) => q.replace(/^query \w+ \{|\}$/g, '')).join('\n')}\n}`,
      headers: typical,
      modes: [1],
    })),
    ...(await measureRead(ctx, {
      scenario: 'myCommissions(first: 25), busiest',
      query: READS.myCommissions,
      headers: partner,
      target: 'p95 <= 50 ms',
      targetMs: 50,
    })),
    ...(await measureRead(ctx, {
      scenario: 'myClickSummary, busiest',
      query: READS.myClickSummary,
      headers: partner,
      target: 'p95 <= 50 ms',
      targetMs: 50,
    })),
    ...(await measureRead(ctx, {
      scenario: 'Balances: myBalances, busiest',
      query: READS.myBalances,
      headers: partner,
      target: 'p95 <= 50 ms',
      targetMs: 50,
    })),
    ...(await measureRead(ctx, {
      scenario: 'Balances: admin partner(id) { balances }, busiest',
      query: READS.partnerBalances,
      variables: { id: bench.busyPartner.id },
      headers: admin,
      target: 'p95 <= 50 ms',
      targetMs: 50,
    })),
    ...(await measureRead(ctx, {
      scenario: 'Admin orders page: orders(first: 50)',
      query: READS.orders,
      headers: admin,
      target: 'p95 <= 200 ms',
      targetMs: 200,
    })),
    ...(await measureRead(ctx, {
      scenario: 'Admin partners page: partners(first: 50)',
      query: READS.partners,
      headers: admin,
      target: 'p95 <= 200 ms',
      targetMs: 200,
    })),
  );

  // The ledger report as the console's Reports page asks for it: the last 90 days, one page of 50 rows, the
  // totals per currency and the page info (its total count), sorted by ending balance.
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  const money = `{ ${MONEY} }`;
  const columns = `beginning ${money} commissions ${money} clawbacks ${money} payments ${money}
    adjustments ${money} ending ${money}`;
  rows.push(
    ...(await measureRead(ctx, {
      scenario: 'Ledger report: ledgerReport(first: 50), last 90 days',
      // Variables, as the console sends them.
      query: `query LedgerReport($from: String!, $to: String!, $programId: ID, $first: Int!) {
        ledgerReport(from: $from, to: $to, programId: $programId, sortBy: "ending", descending: true,
        first: $first, offset: 0) {
        rows { partner { id code name email status } currency ${columns} }
        totals { currency partners ${columns} }
        pageInfo { offset hasNextPage totalCount } } }`,
      variables: {
        from: day(Date.now() - 89 * 86_400_000),
        to: day(Date.now()),
        programId: bench.programId,
        first: 50,
      },
      headers: admin,
      target: 'p95 <= 200 ms',
      targetMs: 200,
    })),
  );
  return rows;
}

/** 5. Click to subscriber: 1,000 graphql-ws sockets of partner sessions; time from the 302 to each message. */
export async function subscribers(ctx) {
  const { api, bench, config } = ctx;
  const fields = await rootFields(ctx, 'Subscription');
  // BENCH_SUBSCRIPTION_MATCH (default "click") picks the field; another value tests the sockets on another one.
  const match = new RegExp(process.env.BENCH_SUBSCRIPTION_MATCH || 'click', 'i');
  const field = fields.find((f) => match.test(f.name));
  if (!field) {
    ctx.raw.subscribers = { available: false, subscriptionFields: fields.map((f) => f.name) };
    return [
      {
        scenario: `Click to ${config.subscribers} subscribers`,
        measure: 'p50 / p99 ms',
        value: 'n/a',
        target: 'live within 1 s',
        note: `n/a (no click subscription; Subscription has ${fields.map((f) => f.name).join(', ') || 'nothing'})`,
      },
    ];
  }
  const type = namedType(field.type);
  const selection = type.kind === 'OBJECT' ? ((await selectionOf(ctx, type.name)) ?? '{ __typename }') : '';
  const partners = bench.subscriberPartners; // [{ id, code, cookie }]
  const perPartner = Math.ceil(config.subscribers / partners.length);
  log(`subscribers: ${config.subscribers} sockets on ${field.name} (${partners.length} partners)`);
  const sockets = [];
  const latencies = [];
  let missed = 0;
  const wsUrl = api.base.replace(/^http/, 'ws') + '/graphql';
  try {
    await Promise.all(
      partners.flatMap((partner) =>
        Array.from({ length: perPartner }, (_, i) => i).map(async () => {
          if (sockets.length >= config.subscribers) return;
          const headers = { cookie: partner.cookie, 'x-partnerkit-app': 'portal' };
          class SessionSocket extends WebSocket {
            constructor(address, protocols) {
              super(address, protocols, { headers });
            }
          }
          const client = createClient({
            url: wsUrl,
            webSocketImpl: SessionSocket,
            lazy: true,
            retryAttempts: 0,
          });
          const socket = { client, partner, got: null };
          sockets.push(socket);
          const args = fillArgs(field, { partnerId: partner.id, programId: bench.programId }) ?? '';
          await new Promise((resolve, reject) => {
            client.subscribe(
              { query: `subscription { ${field.name}${args} ${selection} }` },
              {
                next: () => {
                  const at = performance.now();
                  socket.got?.(at);
                },
                error: reject,
                complete: () => {},
              },
            );
            const timer = setTimeout(() => reject(new Error('no connection in 30 s')), 30_000);
            client.on('connected', () => {
              clearTimeout(timer);
              resolve();
            });
          });
        }),
      ),
    );
    await sleep(1_000);
    const http = httpClient(api.base, 4);
    for (let roundNo = 0; roundNo < config.clickRounds; roundNo += 1) {
      for (const partner of partners) {
        const mine = sockets.filter((s) => s.partner === partner);
        const arrivals = mine.map(
          (socket) =>
            new Promise((resolve) => {
              const timer = setTimeout(() => {
                socket.got = null;
                resolve(null);
              }, 5_000);
              socket.got = (at) => {
                clearTimeout(timer);
                socket.got = null;
                resolve(at);
              };
            }),
        );
        const res = await http.request({ path: `/r/${partner.code}`, headers: { 'user-agent': USER_AGENT } });
        const t302 = performance.now();
        if (res.status !== 302) throw new Error(`/r/${partner.code} answered ${res.status}`);
        for (const at of await Promise.all(arrivals)) {
          if (at === null) missed += 1;
          else latencies.push(Math.max(0, at - t302));
        }
      }
    }
    http.close();
  } finally {
    await Promise.all(sockets.map((s) => s.client.dispose()));
  }
  latencies.sort((a, b) => a - b);
  ctx.raw.subscribers = {
    available: true,
    field: field.name,
    sockets: sockets.length,
    messages: latencies.length,
    missed,
  };
  return [
    {
      scenario: `Click to ${sockets.length} subscribers (${field.name})`,
      measure: 'p50 / p99 ms',
      value: `${round(percentile(latencies, 50))} / ${round(percentile(latencies, 99))}`,
      sortValue: percentile(latencies, 99),
      target: 'live within 1 s',
      met: missed === 0 && percentile(latencies, 99) <= 1000,
      note: `${latencies.length} messages, ${missed} missing after 5 s`,
    },
  ];
}

/** 6. The JavaScript each SPA's index.html loads at once (entry + modulepreload), gzip-compressed. */
export async function spa(ctx) {
  const rows = [];
  ctx.raw.spa = {};
  for (const [name, dir] of SPA_DISTS) {
    const measured = spaInitialJs(join(root, dir));
    if (!measured) {
      rows.push({ scenario: `SPA initial JS: ${name}`, value: 'n/a', note: `${dir} not built` });
      continue;
    }
    const { files, bytes, gzipBytes: gzip } = measured;
    ctx.raw.spa[name] = {
      files: files.map(({ ref, bytes: raw, gzip: packed }) => ({ ref, bytes: raw, gzip: packed })),
      gzipBytes: gzip,
    };
    rows.push({
      scenario: `SPA initial JS: ${name}`,
      measure: 'kB gzip',
      value: round(gzip / 1000, 1),
      baseline: SPA_INITIAL_JS_BUDGET_KB,
      baselineLabel: 'target',
      target: `<= ${SPA_INITIAL_JS_BUDGET_KB} kB`,
      met: gzip / 1000 <= SPA_INITIAL_JS_BUDGET_KB,
      note: `${files.length} file(s), ${round(bytes / 1000, 0)} kB raw`,
    });
  }
  return rows;
}
