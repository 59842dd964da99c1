#!/usr/bin/env node
// `pnpm bench:seed`: the large data set of the benchmark, written in bulk (COPY ... FROM STDIN), never
// through the API and never one row at a time. Also used by `pnpm bench` (unless BENCH_SKIP_SEED=1).
//
//   BENCH_PARTNERS=10000 BENCH_CLICKS=10000000 BENCH_ORDERS=1000000 pnpm bench:seed
//
// On its own it creates a scratch database on BENCH_DATABASE_URL's server (or fills BENCH_DATABASE), lets
// the API apply its migrations (one start of apps/api/dist/main.js), seeds it and keeps it; it prints the
// name to pass as BENCH_DATABASE to `BENCH_SKIP_SEED=1 pnpm bench`.
//
// What it writes (all in UTC, over the last 90 days):
// - one two-level program (level 1: 20 % of the sale, level 2: 10 % of the child's commission, 30-day hold),
//   20 products, the merchant's tracking settings;
// - partners in three levels (1 % roots, 9 % recruited by roots, 90 % recruited by those; 2 % of the last
//   level still PENDING), all in the program, all with the portal password PARTNER_PASSWORD;
// - customers (about two orders each, each remembered as referred by its partner);
// - orders: paid at once (one payment each), attributed by cookie to an active partner (skewed: a few
//   partners sell a lot), 5 % refunded (fully or half); their inbound events; commissions and ledger entries
//   as the domain package (packages/domain, the same code as the API) decides them, with refunds applied;
//   `partner_balances` is kept by the database's own trigger on `ledger_entries`;
// - clicks: one converting click per order (the order's visitor id, before the order) and the rest spread
//   over partners and time, 3 % bots and 15 % repeats (not unique); `click_stats_hourly` is computed from
//   the stored clicks, so reports and raw clicks agree.
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import {
  CLICK_COLUMNS,
  COMMISSION_COLUMNS,
  CUSTOMER_COLUMNS,
  EVENT_COLUMNS,
  LANDING,
  LEDGER_COLUMNS,
  ORDER_COLUMNS,
  PARTNER_COLUMNS,
  PAYMENT_COLUMNS,
  REFUND_COLUMNS,
  benchProgram,
  pickSeller,
  prng,
} from './seed-chunks.mjs';
import {
  PARTNER_PASSWORD,
  copyRow,
  copyText,
  createDatabase,
  databaseUrl,
  log,
  root,
  settings,
  startApi,
} from './lib.mjs';

const apiModule = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
const DAY = 86_400_000;

/** A pool of connections, each doing one COPY at a time; `run(i, fn)` queues fn on connection i. */
async function connections(url, count) {
  const clients = [];
  for (let i = 0; i < count; i += 1) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      "set synchronous_commit = off; set timezone = 'UTC'; set maintenance_work_mem = '256MB'; set work_mem = '256MB'",
    );
    clients.push({ client, busy: Promise.resolve() });
  }
  return {
    main: clients[0].client,
    size: clients.length,
    run(index, fn) {
      const slot = clients[index % clients.length];
      slot.busy = slot.busy.then(() => fn(slot.client));
      return slot.busy;
    },
    async idle() {
      await Promise.all(clients.map((slot) => slot.busy));
    },
    async close() {
      await Promise.all(clients.map((slot) => slot.client.end()));
    },
  };
}

/** Tables bulk-loaded without their indexes and constraints, which are rebuilt (and checked) afterwards. */
const BULK_TABLES = [
  'clicks',
  'click_stats_hourly',
  'customers',
  'orders',
  'payments',
  'refunds',
  'inbound_events',
  'commissions',
  'ledger_entries',
];

/**
 * Drops the indexes, primary and unique keys and foreign keys of `tables` (and foreign keys pointing at
 * them) and returns a function that creates them again, exactly as they were: a bulk load then writes plain
 * rows, and each index is built once by sorting, and each constraint is checked once over the whole table.
 * Triggers stay (the ledger's running totals are kept by the database during the load).
 */
async function deferIndexes(client, tables) {
  const { rows: constraints } = await client.query(
    `select c.conname, c.contype, c.conrelid::regclass::text as owner, pg_get_constraintdef(c.oid) as def
     from pg_constraint c
     where c.contype in ('p', 'u', 'f')
       and (c.conrelid::regclass::text = any($1) or (c.contype = 'f' and c.confrelid::regclass::text = any($1)))`,
    [tables],
  );
  const { rows: indexes } = await client.query(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i
     where i.indrelid::regclass::text = any($1)
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [tables],
  );
  const foreign = constraints.filter((c) => c.contype === 'f');
  const keys = constraints.filter((c) => c.contype !== 'f');
  for (const c of [...foreign, ...keys]) {
    await client.query(`alter table ${c.owner} drop constraint "${c.conname}"`);
  }
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  /**
   * Creates them again: every index and key is one job, the largest tables' first, taken by the pool's
   * connections as they come free (index builds of one table share their lock; a key waits for them);
   * then the foreign keys, one by one (each is checked over the whole table once).
   */
  return async function restore(db, log) {
    const { rows: sizes } = await client.query(
      'select relname, pg_total_relation_size(oid) as bytes from pg_class where relname = any($1)',
      [tables],
    );
    const size = new Map(sizes.map((r) => [r.relname, Number(r.bytes)]));
    const jobs = [
      ...indexes.map((i) => ({ table: tableOfIndex(i.def), what: `index ${i.name}`, sql: i.def })),
      ...keys.map((c) => ({
        table: c.owner,
        what: `constraint ${c.conname}`,
        sql: `alter table ${c.owner} add constraint "${c.conname}" ${c.def}`,
        key: true,
      })),
    ].sort(
      (a, b) => (size.get(b.table) ?? 0) - (size.get(a.table) ?? 0) || (a.key ? 1 : 0) - (b.key ? 1 : 0),
    );
    await Promise.all(
      Array.from({ length: db.size }, (_, n) =>
        db.run(n, async (pooled) => {
          for (let job = jobs.shift(); job; job = jobs.shift()) {
            const since = Date.now();
            await pooled.query(job.sql);
            log?.(job.what, since);
          }
        }),
      ),
    );
    for (const c of foreign) {
      const since = Date.now();
      await client.query(`alter table ${c.owner} add constraint "${c.conname}" ${c.def}`);
      log?.(`constraint ${c.conname}`, since);
    }
  };
}

/** The table of `CREATE INDEX name ON [ONLY] public.table USING ...`. */
const tableOfIndex = (def) => /\bON (?:ONLY )?(?:public\.)?("?[\w]+"?)/i.exec(def)[1].replace(/"/g, '');

/** Tasks `{ kind, start, end }` covering 0 .. total in chunks of `size`. */
const chunks = (total, size, kind) =>
  Array.from({ length: Math.ceil(total / size) }, (_, i) => ({
    kind,
    start: i * size,
    end: Math.min(total, (i + 1) * size),
  }));

/** Worker threads running seed-chunks.mjs (seed-worker.mjs), each sent `init` once. */
function workerPool(init, size) {
  const idle = [];
  const queue = [];
  const pending = new Map();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./seed-worker.mjs', import.meta.url), { workerData: init });
    worker.on('message', ({ id, result, error }) => {
      const job = pending.get(id);
      pending.delete(id);
      idle.push(worker);
      pump();
      if (error) job.reject(new Error(error));
      else job.resolve(result);
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });
  function pump() {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop();
      const job = queue.shift();
      pending.set(job.id, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }
  return {
    size,
    run(task) {
      return new Promise((resolve, reject) => {
        queue.push({ id: (nextId += 1), task, resolve, reject });
        pump();
      });
    },
    close: () => Promise.all(workers.map((worker) => worker.terminate())),
  };
}

/**
 * Computes the tasks on the workers (a few ahead) and hands their results to `store` in task order; a
 * store runs while the next results are computed, and at most one store is in flight.
 */
async function inOrder(workers, tasks, store) {
  const ahead = workers.size + 1;
  const results = [];
  let launched = 0;
  const launch = (current) => {
    while (launched < tasks.length && launched <= current + ahead) {
      results.push(workers.run(tasks[launched]));
      launched += 1;
    }
  };
  let storing = Promise.resolve();
  for (let i = 0; i < tasks.length; i += 1) {
    launch(i);
    const result = await results[i];
    results[i] = null; // let it go once stored
    await storing;
    storing = store(result, i);
  }
  await storing;
}

/**
 * Seeds the (migrated, empty) database at `url`. Returns what it wrote and how long each part took.
 * @param sizes `{ partners, clicks, orders }`
 */
export async function seed(url, sizes) {
  const started = Date.now();
  const timings = {};
  const lap = (name, since) => (timings[name] = (Date.now() - since) / 1000);
  const random = prng(20261201);
  const summaryCounts = {};
  const now = Date.now();
  const windowStart = now - 90 * DAY;
  const db = await connections(url, 5);
  try {
    const { rows } = await db.main.query('select count(*)::int as n from partners');
    if (rows[0].n > 0) throw new Error('the database already has partners: seed an empty, migrated database');
    const restoreIndexes = await deferIndexes(db.main, BULK_TABLES);

    // ---- program, products, settings
    let since = Date.now();
    const programId = randomUUID();
    const program = benchProgram(programId);
    const { rulesToStored } = await apiModule('kernel/program.mapper.js');
    const created = new Date(windowStart - 30 * DAY);
    await db.main.query(
      `insert into programs (id, created_at, updated_at, name, notes, priority, currency, cookie_window_days,
         attribution_mode, levels, hold_days, minimum_payout_minor, time_zone, auto_approve, timing,
         unused_level_share, permanent_referral, rules)
       values ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, false, $13, $14, $15, $16)`,
      [
        programId,
        created,
        program.name,
        program.notes,
        program.priority,
        program.currency,
        program.cookieWindowDays,
        program.attributionMode,
        program.levels,
        program.holdDays,
        program.minimumPayoutMinor.toString(),
        program.timeZone,
        program.timing,
        program.unusedLevelShare,
        program.permanentReferral,
        JSON.stringify(rulesToStored(program.rules)),
      ],
    );
    const products = Array.from({ length: 20 }, (_, i) => ({
      id: randomUUID(),
      sku: `BENCH-SKU-${String(i + 1).padStart(2, '0')}`,
      name: `Bench product ${i + 1}`,
      priceMinor: BigInt(990 + i * 2_500),
    }));
    await copyText(
      db.main,
      'products',
      ['id', 'created_at', 'updated_at', 'sku', 'name', 'price_minor', 'currency'],
      products.map((p) => copyRow([p.id, created, created, p.sku, p.name, p.priceMinor, 'USD'])).join(''),
    );
    await db.main.query(
      `insert into merchant_settings (id, default_landing_url, allowed_domains, updated_at)
       values (1, $1, $2, now()) on conflict (id) do nothing`,
      [LANDING, JSON.stringify(['example.com', '*.example.com'])],
    );

    // ---- partners: three levels
    const { hashPassword } = await apiModule('common/password.js');
    const passwordHash = await hashPassword(PARTNER_PASSWORD);
    const total = Math.max(3, sizes.partners);
    const roots = Math.max(1, Math.round(total * 0.01));
    const middles = Math.max(1, Math.round(total * 0.09));
    const partners = []; // { id, parentId, status, depth }
    let partnerText = '';
    for (let i = 0; i < total; i += 1) {
      const depth = i < roots ? 1 : i < roots + middles ? 2 : 3;
      const parent =
        depth === 1
          ? null
          : depth === 2
            ? partners[Math.floor(random() * roots)]
            : partners[roots + Math.floor(random() * middles)];
      // The first leaf is the redirect benchmark's partner; every 50th other leaf is still pending.
      const code = i === roots + middles ? 'bench-clicks' : `p${String(i + 1).padStart(6, '0')}`;
      const status = depth === 3 && i % 50 === 7 ? 'PENDING' : 'ACTIVE';
      const partner = { id: randomUUID(), parentId: parent?.id ?? null, status, depth, code };
      partners.push(partner);
      const at = new Date(windowStart - random() * 365 * DAY);
      partnerText += copyRow([
        partner.id,
        at,
        at,
        code,
        `Bench Partner ${i + 1}`,
        `${code}@bench.partnerkit.test`,
        status,
        partner.parentId,
        passwordHash,
        status === 'ACTIVE' ? at : null,
        'ADMIN',
      ]);
    }
    await copyText(db.main, 'partners', PARTNER_COLUMNS, partnerText);
    await copyText(
      db.main,
      'partner_programs',
      ['partner_id', 'program_id'],
      partners.map((p) => copyRow([p.id, programId])).join(''),
    );
    lap('partners', since);
    log(`seed: ${total} partners (${roots} / ${middles} / ${total - roots - middles} per level)`);

    // Who sells: active partners, shuffled; pick(u) favours the first ones (a few partners sell a lot).
    const sellers = partners
      .filter((p) => p.status === 'ACTIVE' && p.code !== 'bench-clicks')
      .map((p) => p.id);
    for (let i = sellers.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [sellers[i], sellers[j]] = [sellers[j], sellers[i]];
    }

    // ---- customers
    since = Date.now();
    const customerCount = Math.max(1, Math.ceil(sizes.orders / 2));
    const customerIds = new Array(customerCount);
    const customerPartners = new Array(customerCount);
    const state = { sellerIds: sellers };
    for (let start = 0; start < customerCount; start += 100_000) {
      let text = '';
      for (let i = start; i < Math.min(customerCount, start + 100_000); i += 1) {
        customerIds[i] = randomUUID();
        customerPartners[i] = pickSeller(state, random);
        const at = new Date(windowStart);
        text += copyRow([
          customerIds[i],
          at,
          at,
          `cus-${i + 1}`,
          `buyer${i + 1}@shop.example`,
          null,
          customerPartners[i],
        ]);
      }
      await db.run(start / 100_000, (client) => copyText(client, 'customers', CUSTOMER_COLUMNS, text));
    }
    await db.idle();
    lap('customers', since);

    // ---- orders with payments, refunds, events, commissions and ledger entries; then clicks. Worker threads
    // compute the rows (seed-chunks.mjs), this thread streams them to PostgreSQL, one chunk behind.
    const workers = workerPool(
      {
        programId,
        products: products.map((p) => ({ ...p, priceMinor: p.priceMinor.toString() })),
        partners: partners.map(({ id, parentId, status }) => ({ id, parentId, status })),
        sellerIds: sellers,
        customerIds,
        customerPartners,
        windowStart,
        now,
      },
      Math.max(1, Math.min(4, cpus().length)),
    );
    try {
      since = Date.now();
      const counts = { orders: 0, refunds: 0, commissions: 0, ledgerEntries: 0 };
      const conversions = []; // each order's click: [partner id, visitor id, time]
      // Seconds spent in each table's COPY (they overlap): where the time goes.
      const copySeconds = {};
      const copy = (client, table, columns, text) => {
        const at = Date.now();
        return copyText(client, table, columns, text).then(() => {
          copySeconds[table] = (copySeconds[table] ?? 0) + (Date.now() - at) / 1000;
        });
      };
      await inOrder(workers, chunks(sizes.orders, 10_000, 'orders'), async (chunk, index) => {
        const stored = db.run(0, (client) => copy(client, 'orders', ORDER_COLUMNS, chunk.orders));
        for (const key of Object.keys(counts)) counts[key] += chunk.counts[key];
        for (const conversion of chunk.conversions) conversions.push(conversion);
        if (index % 20 === 19) log(`seed: ${counts.orders} orders`);
        // Orders first (payments, refunds and commissions point at them), then the rest in parallel.
        return stored.then(() =>
          Promise.all([
            db.run(1, async (client) => {
              await copy(client, 'payments', PAYMENT_COLUMNS, chunk.payments);
              await copy(client, 'refunds', REFUND_COLUMNS, chunk.refunds);
            }),
            db.run(2, (client) => copy(client, 'commissions', COMMISSION_COLUMNS, chunk.commissions)),
            db.run(3, (client) => copy(client, 'ledger_entries', LEDGER_COLUMNS, chunk.ledger)),
            db.run(4, (client) => copy(client, 'inbound_events', EVENT_COLUMNS, chunk.events)),
          ]),
        );
      });
      lap('orders', since);
      Object.assign(summaryCounts, counts);
      log(
        `seed: ${counts.orders} orders, ${counts.refunds} refunds, ${counts.commissions} commissions, ${counts.ledgerEntries} ledger entries (${timings.orders} s)`,
      );

      since = Date.now();
      await inOrder(
        workers,
        chunks(sizes.clicks, 50_000, 'clicks').map((task) => ({
          ...task,
          conversions: conversions.slice(task.start, task.end),
        })),
        (text, index) => {
          if (index % 40 === 39) log(`seed: ${(index + 1) * 50_000} clicks`);
          return db.run(index, (client) => copy(client, 'clicks', CLICK_COLUMNS, text));
        },
      );
      summaryCounts.clicks = sizes.clicks;
      lap('clicks', since);
      timings.copy = Object.fromEntries(Object.entries(copySeconds).map(([k, v]) => [k, Math.round(v)]));
    } finally {
      await workers.close();
    }
    since = Date.now();
    await db.main.query(
      `insert into click_stats_hourly (partner_id, link_key, hour, raw_count, unique_count, bot_count)
       select partner_id, coalesce(tracking_link_id::text, 'default'), date_trunc('hour', clicked_at),
              count(*), count(*) filter (where is_unique), count(*) filter (where is_bot)
       from clicks group by 1, 2, 3`,
    );
    lap('clickRollup', since);
    log(
      `seed: ${summaryCounts.clicks} clicks and their hourly rollup (${timings.clicks} + ${timings.clickRollup} s)`,
    );

    since = Date.now();
    const slow = [];
    await restoreIndexes(db, (what, at) => slow.push([what, (Date.now() - at) / 1000]));
    lap('indexes', since);
    log(
      `seed: indexes and constraints rebuilt in ${timings.indexes} s (slowest: ${slow
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([what, s]) => `${what} ${s} s`)
        .join(', ')})`,
    );
    since = Date.now();
    // Partners who earned: marked as the API marks them with their first commission (the "first
    // commission" email went out; `recordOrder` looks at the mark, never counts commissions).
    await db.main.query(
      `update partners p set first_commission_at = c.first
       from (select partner_id, min(created_at) as first from commissions group by partner_id) c
       where c.partner_id = p.id`,
    );
    // VACUUM as after any bulk load: it sets every page's hint bits and the visibility map now, so the first
    // scenario does not dirty (and checkpoint) gigabytes of freshly copied pages while it is measured.
    await db.main.query('vacuum (analyze)');
    lap('vacuum', since);
    const seconds = (Date.now() - started) / 1000;
    const summary = {
      partners: total,
      customers: customerCount,
      products: products.length,
      ...summaryCounts,
      seededAt: new Date(now).toISOString(),
      seconds,
      timings,
    };
    const name = new URL(url).pathname.slice(1);
    await db.main.query(`comment on database "${name}" is '${JSON.stringify({ partnerkitBench: summary })}'`);
    return summary;
  } finally {
    await db.close();
  }
}

/** What `seed` wrote into the database at `url` (from the database's comment), or null. */
export async function seedInfo(client, name) {
  const { rows } = await client.query(
    'select shobj_description(oid, $2) as comment from pg_database where datname = $1',
    [name, 'pg_database'],
  );
  try {
    return JSON.parse(rows[0]?.comment ?? 'null')?.partnerkitBench ?? null;
  } catch {
    return null;
  }
}

// `pnpm bench:seed`: a database of its own (or BENCH_DATABASE), migrated by one start of the API, seeded, kept.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const config = settings();
  const name = config.database ?? (await createDatabase(config.serverUrl));
  const url = databaseUrl(config.serverUrl, name);
  log(`seed: database ${name}; migrating (one start of the API)`);
  const api = await startApi(url);
  await api.stop();
  const summary = await seed(url, config);
  log(`seed: done in ${summary.seconds.toFixed(1)} s`, JSON.stringify(summary.timings));
  console.log(
    `\nSeeded ${name}. Run the benchmark on it with:\n  BENCH_DATABASE=${name} BENCH_SKIP_SEED=1 BENCH_KEEP=1 pnpm bench`,
  );
}
