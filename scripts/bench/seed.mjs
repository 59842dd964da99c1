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
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
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

const domain = await import(pathToFileURL(join(root, 'packages/domain/dist/index.js')).href);
const apiModule = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);

const DAY = 86_400_000;
const HOLD_DAYS = 30;
const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
];
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const LANDING = 'https://example.com/';

/** Small deterministic PRNG (mulberry32): the shape of the data is the same at every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random hex from a pooled buffer (visitor ids, IP hashes). */
const hex = (() => {
  let pool = Buffer.alloc(0);
  let offset = 0;
  return (bytes) => {
    if (offset + bytes > pool.length) {
      pool = randomBytes(1 << 20);
      offset = 0;
    }
    offset += bytes;
    return pool.toString('hex', offset - bytes, offset);
  };
})();

/** JSON with object keys sorted (the API's payload hash of inbound events). */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
const payloadHash = (payload) => createHash('sha256').update(canonical(payload)).digest('hex');

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

const PARTNER_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'code',
  'name',
  'email',
  'status',
  'parent_id',
  'password_hash',
  'approved_at',
  'source',
];
const CUSTOMER_COLUMNS = ['id', 'created_at', 'updated_at', 'external_id', 'email', 'name', 'referred_by_id'];
const ORDER_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'source',
  'external_id',
  'customer_id',
  'currency',
  'items',
  'tax_minor',
  'total_minor',
  'paid_minor',
  'refunded_minor',
  'visitor_id',
  'attribution_method',
  'credits',
  'attribution_program_id',
  'ordered_at',
];
const PAYMENT_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'source',
  'external_id',
  'order_id',
  'amount_minor',
  'paid_at',
];
const REFUND_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'source',
  'external_id',
  'order_id',
  'amount_minor',
  'refunded_at',
];
const EVENT_COLUMNS = [
  'id',
  'source',
  'kind',
  'external_id',
  'order_external_id',
  'payload_hash',
  'payload',
  'status',
  'result_id',
  'received_at',
  'processed_at',
];
const COMMISSION_COLUMNS = [
  'id',
  'partner_id',
  'chain_key',
  'kind',
  'source_id',
  'level',
  'credited_partner_id',
  'rolled_down',
  'program_id',
  'timing',
  'payment_id',
  'amount_minor',
  'currency',
  'rule',
  'created_at',
  'available_at',
  'review',
  'reversed_minor',
  'voided_at',
];
const LEDGER_COLUMNS = [
  'id',
  'partner_id',
  'kind',
  'amount_minor',
  'currency',
  'effective_at',
  'available_at',
  'commission_id',
  'refund_id',
  'reason',
  'recorded_at',
];
const CLICK_COLUMNS = [
  'id',
  'partner_id',
  'visitor_id',
  'ip_hash',
  'user_agent',
  'landing_url',
  'is_bot',
  'is_unique',
  'clicked_at',
];

/** Tables bulk-loaded without their indexes and constraints, which are rebuilt (and checked) afterwards. */
const BULK_TABLES = [
  'clicks',
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
  return async function restore(log) {
    for (const index of indexes) {
      const since = Date.now();
      await client.query(index.def);
      log?.(`index ${index.name}`, since);
    }
    for (const c of [...keys, ...foreign]) {
      const since = Date.now();
      await client.query(`alter table ${c.owner} add constraint "${c.conname}" ${c.def}`);
      log?.(`constraint ${c.conname}`, since);
    }
  };
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
  const now = Date.now();
  const windowStart = now - 90 * DAY;
  const db = await connections(url, 4);
  try {
    const { rows } = await db.main.query('select count(*)::int as n from partners');
    if (rows[0].n > 0) throw new Error('the database already has partners: seed an empty, migrated database');
    const restoreIndexes = await deferIndexes(db.main, BULK_TABLES);

    // ---- program, products, settings
    let since = Date.now();
    const programId = randomUUID();
    const program = domain.defineProgram({
      id: programId,
      name: 'Bench two-level program',
      notes: 'Level 1: 20 % of the sale. Level 2: 10 % of the level-1 commission.',
      currency: 'USD',
      attributionMode: 'LAST',
      levels: 2,
      holdDays: HOLD_DAYS,
      cookieWindowDays: 30,
      minimumPayoutMinor: 5000n,
      rules: [
        {
          id: 'default',
          layer: 'DEFAULT',
          levels: [
            { level: 1, sale: { kind: 'PERCENT', percent: '20', of: 'BASE' } },
            { level: 2, sale: { kind: 'PERCENT', percent: '10', of: 'CHILD_COMMISSION' } },
          ],
        },
      ],
    });
    const { rulesToStored, levelToStored } = await apiModule('modules/programs/program.mapper.js');
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
    const { hashPassword } = await apiModule('modules/auth/password.js');
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
    const byId = new Map(partners.map((p) => [p.id, p]));
    const sellers = partners.filter((p) => p.status === 'ACTIVE' && p.code !== 'bench-clicks');
    for (let i = sellers.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [sellers[i], sellers[j]] = [sellers[j], sellers[i]];
    }
    const pickSeller = () => sellers[Math.floor(sellers.length * random() ** 2)];
    const chains = new Map();
    const chainOf = (partner) => {
      let chain = chains.get(partner.id);
      if (!chain) {
        chain = [];
        for (let p = partner; p && chain.length < 3; p = p.parentId ? byId.get(p.parentId) : null) {
          chain.push({ id: p.id, parentId: p.parentId, status: p.status });
        }
        chains.set(partner.id, chain);
      }
      return chain;
    };

    // ---- customers
    since = Date.now();
    const customerCount = Math.max(1, Math.ceil(sizes.orders / 2));
    const customers = new Array(customerCount);
    for (let start = 0; start < customerCount; start += 100_000) {
      let text = '';
      for (let i = start; i < Math.min(customerCount, start + 100_000); i += 1) {
        const customer = { id: randomUUID(), partner: pickSeller() };
        customers[i] = customer;
        const at = new Date(windowStart);
        text += copyRow([
          customer.id,
          at,
          at,
          `cus-${i + 1}`,
          `buyer${i + 1}@shop.example`,
          null,
          customer.partner.id,
        ]);
      }
      await db.run(start / 100_000, (client) => copyText(client, 'customers', CUSTOMER_COLUMNS, text));
    }
    await db.idle();
    lap('customers', since);

    // ---- orders with payments, refunds, events, commissions and ledger entries
    since = Date.now();
    const programs = [program];
    const counts = { orders: 0, refunds: 0, commissions: 0, ledgerEntries: 0 };
    const converting = []; // [partnerId, visitorId, orderedAt] of each order: its click
    const CHUNK = 20_000;
    let dependents = Promise.resolve();
    let computeMs = 0;
    const ruleCache = new Map(); // the stored rule of each (rule, level): one program, so the same JSON
    for (let start = 0; start < sizes.orders; start += CHUNK) {
      const computing = performance.now();
      let orders = '';
      let payments = '';
      let refunds = '';
      let events = '';
      let commissions = '';
      let ledger = '';
      for (let n = start; n < Math.min(sizes.orders, start + CHUNK); n += 1) {
        const customerIndex = Math.floor(random() * customerCount);
        const customer = customers[customerIndex];
        const partner = customer.partner;
        const product = products[Math.floor(random() * products.length)];
        const quantity = random() < 0.2 ? 2 : 1;
        const subtotal = product.priceMinor * BigInt(quantity);
        const tax = (subtotal * 8n) / 100n;
        const totalMinor = subtotal + tax;
        const orderedAt = new Date(windowStart + random() * (now - windowStart - 10 * 60_000));
        const orderId = randomUUID();
        const externalId = `ord-${n + 1}`;
        const visitorId = hex(16);
        const items = [
          {
            sku: product.sku,
            productId: product.id,
            name: product.name,
            quantity,
            unitPriceMinor: product.priceMinor.toString(),
            discountMinor: '0',
            subscription: false,
          },
        ];
        const credits = [{ partnerId: partner.id, weightBps: 10_000 }];
        const payment = { id: randomUUID(), externalId: `${externalId}#paid` };
        const refunded =
          random() < 0.05
            ? {
                id: randomUUID(),
                externalId: `ref-${n + 1}`,
                amountMinor: random() < 0.5 ? totalMinor : totalMinor / 2n,
                at: new Date(Math.min(now - 60_000, orderedAt.getTime() + (1 + random() * 19) * DAY)),
              }
            : null;

        // The domain decides the commissions, exactly as the API's CommissionService does.
        const lines = domain.calculateCommissions({
          order: {
            id: orderId,
            currency: 'USD',
            orderedAt,
            items: [
              { productId: product.id, unitPriceMinor: product.priceMinor, quantity, discountMinor: 0n },
            ],
            orderDiscountMinor: 0n,
            taxMinor: tax,
            shippingMinor: 0n,
            payments: [{ id: payment.id, amountMinor: totalMinor, at: orderedAt }],
            subscription: null,
          },
          programs,
          credits,
          partners: chainOf(partner),
        });
        const decision = domain.createCommissions(lines, programs);
        let finals = decision.commissions;
        const entries = [...decision.entries];
        if (refunded) {
          const reversal = domain.refundSale(
            decision.commissions,
            { id: refunded.id, amountMinor: refunded.amountMinor, at: refunded.at },
            { totalMinor, paidMinor: totalMinor, refundedMinor: 0n },
          );
          const changed = new Map(reversal.commissions.map((c) => [c.id, c]));
          finals = finals.map((c) => changed.get(c.id) ?? c);
          entries.push(...reversal.entries);
        }
        const lineByKey = new Map(lines.map((line) => [line.key, line]));
        const ruleJson = (rule) => {
          const key = `${rule.layer}|${rule.ruleId}|${rule.recurringPhase}|${rule.levelRule.level}`;
          let json = ruleCache.get(key);
          if (json === undefined) {
            json = JSON.stringify({ ...rule, levelRule: levelToStored(rule.levelRule) });
            ruleCache.set(key, json);
          }
          return json;
        };
        for (const c of finals) {
          const line = lineByKey.get(c.id);
          commissions += copyRow([
            c.id,
            c.partnerId,
            c.chainKey,
            c.kind,
            c.sourceId,
            c.level,
            line.creditedPartnerId,
            line.rolledDown,
            c.programId,
            c.timing,
            c.paymentId,
            c.amount.amountMinor,
            c.amount.currency,
            ruleJson(line.rule),
            c.createdAt,
            c.availableAt,
            c.review,
            c.reversedMinor,
            c.voidedAt,
          ]);
        }
        for (const e of entries) {
          ledger += copyRow([
            e.id,
            e.partnerId,
            e.kind,
            e.amount.amountMinor,
            e.amount.currency,
            e.effectiveAt,
            e.availableAt,
            e.commissionId,
            e.refundId,
            e.reason,
            e.refundId ? refunded.at : orderedAt,
          ]);
        }
        counts.commissions += finals.length;
        counts.ledgerEntries += entries.length;

        const updatedAt = refunded ? refunded.at : orderedAt;
        orders += copyRow([
          orderId,
          orderedAt,
          updatedAt,
          'api',
          externalId,
          customer.id,
          'USD',
          JSON.stringify(items),
          tax,
          totalMinor,
          totalMinor,
          refunded ? refunded.amountMinor : 0n,
          visitorId,
          'COOKIE',
          JSON.stringify(credits),
          programId,
          orderedAt,
        ]);
        payments += copyRow([
          payment.id,
          orderedAt,
          orderedAt,
          'api',
          payment.externalId,
          orderId,
          totalMinor,
          orderedAt,
        ]);
        const input = {
          externalId,
          currency: 'USD',
          items: [
            { sku: product.sku, quantity, unitPriceMinor: product.priceMinor.toString(), discountMinor: '0' },
          ],
          discountMinor: '0',
          taxMinor: tax.toString(),
          shippingMinor: '0',
          paid: true,
          orderedAt: orderedAt.toISOString(),
          customer: { externalId: `cus-${customerIndex + 1}` },
          referral: { visitorId },
        };
        events += copyRow([
          randomUUID(),
          'api',
          'ORDER',
          externalId,
          null,
          payloadHash(input),
          JSON.stringify(input),
          'PROCESSED',
          orderId,
          orderedAt,
          orderedAt,
        ]);
        if (refunded) {
          const refundInput = {
            externalId: refunded.externalId,
            orderExternalId: externalId,
            amountMinor: refunded.amountMinor.toString(),
            refundedAt: refunded.at.toISOString(),
          };
          events += copyRow([
            randomUUID(),
            'api',
            'REFUND',
            refunded.externalId,
            externalId,
            payloadHash(refundInput),
            JSON.stringify(refundInput),
            'PROCESSED',
            refunded.id,
            refunded.at,
            refunded.at,
          ]);
          refunds += copyRow([
            refunded.id,
            refunded.at,
            refunded.at,
            'api',
            refunded.externalId,
            orderId,
            refunded.amountMinor,
            refunded.at,
          ]);
          counts.refunds += 1;
        }
        if (converting.length < sizes.clicks) converting.push([partner.id, visitorId, orderedAt.getTime()]);
        counts.orders += 1;
      }
      computeMs += performance.now() - computing;
      // Orders first, then the rest of the chunk in parallel, while the next chunk is computed.
      await dependents;
      await db.run(0, (client) => copyText(client, 'orders', ORDER_COLUMNS, orders));
      dependents = Promise.all([
        db.run(1, async (client) => {
          await copyText(client, 'payments', PAYMENT_COLUMNS, payments);
          await copyText(client, 'refunds', REFUND_COLUMNS, refunds);
        }),
        db.run(2, (client) => copyText(client, 'commissions', COMMISSION_COLUMNS, commissions)),
        db.run(3, (client) => copyText(client, 'ledger_entries', LEDGER_COLUMNS, ledger)),
        db.run(0, (client) => copyText(client, 'inbound_events', EVENT_COLUMNS, events)),
      ]);
      if ((start / CHUNK) % 10 === 9) log(`seed: ${counts.orders} orders`);
    }
    await dependents;
    lap('orders', since);
    timings.ordersComputed = Math.round(computeMs) / 1000;
    log(
      `seed: ${counts.orders} orders, ${counts.refunds} refunds, ${counts.commissions} commissions, ${counts.ledgerEntries} ledger entries (${timings.orders} s)`,
    );

    // ---- clicks
    since = Date.now();
    const CLICK_CHUNK = 50_000;
    let clicks = 0;
    let lastIp = hex(32);
    computeMs = 0;
    for (let start = 0; start < sizes.clicks; start += CLICK_CHUNK) {
      const computing = performance.now();
      let text = '';
      const end = Math.min(sizes.clicks, start + CLICK_CHUNK);
      for (let n = start; n < end; n += 1) {
        const conversion = converting[n];
        let partnerId;
        let visitorId;
        let at;
        let bot = false;
        let unique = true;
        let agent = BROWSERS[n & 3];
        if (conversion) {
          [partnerId, visitorId] = conversion;
          at = Math.max(windowStart, conversion[2] - random() * 3 * DAY);
          lastIp = hex(32);
        } else {
          partnerId = pickSeller().id;
          visitorId = hex(16);
          at = windowStart + random() * (now - windowStart - 60_000);
          const kind = random();
          if (kind < 0.03) {
            bot = true;
            unique = false;
            agent = BOT;
            lastIp = hex(32);
          } else if (kind < 0.18) {
            unique = false; // a repeat from the same browser within the hour
          } else {
            lastIp = hex(32);
          }
        }
        text += copyRow([
          randomUUID(),
          partnerId,
          visitorId,
          lastIp,
          agent,
          LANDING,
          bot,
          unique,
          new Date(at),
        ]);
      }
      clicks = end;
      computeMs += performance.now() - computing;
      await db.run(start / CLICK_CHUNK, (client) => copyText(client, 'clicks', CLICK_COLUMNS, text));
      if ((start / CLICK_CHUNK) % 40 === 39) log(`seed: ${clicks} clicks`);
    }
    await db.idle();
    lap('clicks', since);
    timings.clicksComputed = Math.round(computeMs) / 1000;
    since = Date.now();
    await db.main.query(
      `insert into click_stats_hourly (partner_id, link_key, hour, raw_count, unique_count, bot_count)
       select partner_id, coalesce(tracking_link_id::text, 'default'), date_trunc('hour', clicked_at),
              count(*), count(*) filter (where is_unique), count(*) filter (where is_bot)
       from clicks group by 1, 2, 3`,
    );
    lap('clickRollup', since);
    log(`seed: ${clicks} clicks and their hourly rollup (${timings.clicks} + ${timings.clickRollup} s)`);

    since = Date.now();
    const slow = [];
    await restoreIndexes((what, at) => slow.push([what, (Date.now() - at) / 1000]));
    lap('indexes', since);
    log(
      `seed: indexes and constraints rebuilt in ${timings.indexes} s (slowest: ${slow
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([what, s]) => `${what} ${s} s`)
        .join(', ')})`,
    );
    since = Date.now();
    await db.main.query('analyze');
    lap('analyze', since);
    const seconds = (Date.now() - started) / 1000;
    const summary = {
      partners: total,
      customers: customerCount,
      products: products.length,
      ...counts,
      clicks,
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
