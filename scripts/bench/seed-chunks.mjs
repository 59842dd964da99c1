// The rows of the benchmark's data set, chunk by chunk: run by `seed.mjs` in worker threads (`seed-worker.mjs`),
// so both cores compute while PostgreSQL stores. Each chunk draws from its own deterministic PRNG.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { iso, root } from './lib.mjs';

const domain = await import(pathToFileURL(join(root, 'packages/domain/dist/index.js')).href);
const { levelToStored } = await import(
  pathToFileURL(join(root, 'apps/api/dist/kernel/program.mapper.js')).href
);

export const DAY = 86_400_000;
export const HOLD_DAYS = 30;
export const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
];
export const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
export const LANDING = 'https://example.com/';

/** Small deterministic PRNG (mulberry32): the shape of the data is the same at every run. */
export function prng(seed) {
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
export const hex = (() => {
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
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/**
 * A COPY row of values the seed made itself (ids, numbers, dates, JSON of plain strings): none holds a
 * backslash, tab or newline, so no escaping is needed (lib's copyRow escapes anything else).
 */
export function row(values) {
  let text = '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (i > 0) text += '\t';
    text += value === null || value === undefined ? '\\N' : value instanceof Date ? iso(value) : value;
  }
  return text + '\n';
}

export const PARTNER_COLUMNS = [
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
export const CUSTOMER_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'external_id',
  'email',
  'name',
  'referred_by_id',
];
export const ORDER_COLUMNS = [
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
export const PAYMENT_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'source',
  'external_id',
  'order_id',
  'amount_minor',
  'paid_at',
];
export const REFUND_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'source',
  'external_id',
  'order_id',
  'amount_minor',
  'refunded_at',
];
export const EVENT_COLUMNS = [
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
export const COMMISSION_COLUMNS = [
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
export const LEDGER_COLUMNS = [
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
export const CLICK_COLUMNS = [
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

/** The program of the data set, as the domain defines it (the same id in every thread). */
export function benchProgram(id) {
  return domain.defineProgram({
    id,
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
}

/**
 * What every chunk needs, from plain data (sent to each worker once): `{ programId, products, partners,
 * sellerIds, customerIds, customerPartners, windowStart, now }`.
 */
export function makeState(init) {
  const program = benchProgram(init.programId);
  return {
    ...init,
    programs: [program],
    products: init.products.map((p) => ({ ...p, priceMinor: BigInt(p.priceMinor) })),
    byId: new Map(init.partners.map((p) => [p.id, p])),
    chains: new Map(),
    ruleCache: new Map(), // the stored rule of each (rule, level): one program, so the same JSON
    levelToStored,
  };
}

/** A seller, favouring the first ones of the shuffled list: a few partners sell (and are clicked) a lot. */
export const pickSeller = (state, random) =>
  state.sellerIds[Math.floor(state.sellerIds.length * random() ** 2)];

/** The partner and its ancestors (up to 3), as the commission engine reads them. */
function chainOf(state, partner) {
  let chain = state.chains.get(partner.id);
  if (!chain) {
    chain = [];
    for (let p = partner; p && chain.length < 3; p = p.parentId ? state.byId.get(p.parentId) : null) {
      chain.push({ id: p.id, parentId: p.parentId, status: p.status });
    }
    state.chains.set(partner.id, chain);
  }
  return chain;
}

/**
 * Orders `start` .. `end - 1` with their payment, refund (5 %), inbound events, commissions and ledger
 * entries, as COPY text per table; `conversions` are the orders' clicks ([partner id, visitor id, time]).
 */
export function orderChunk(state, start, end) {
  const random = prng(0x5eed0000 ^ start);
  const counts = { orders: 0, refunds: 0, commissions: 0, ledgerEntries: 0 };
  const conversions = [];
  let orders = '';
  let payments = '';
  let refunds = '';
  let events = '';
  let commissions = '';
  let ledger = '';
  for (let n = start; n < end; n += 1) {
    const customerIndex = Math.floor(random() * state.customerIds.length);
    const customer = { id: state.customerIds[customerIndex] };
    const partner = state.byId.get(state.customerPartners[customerIndex]);
    const product = state.products[Math.floor(random() * state.products.length)];
    const quantity = random() < 0.2 ? 2 : 1;
    const subtotal = product.priceMinor * BigInt(quantity);
    const tax = (subtotal * 8n) / 100n;
    const totalMinor = subtotal + tax;
    const orderedAt = new Date(state.windowStart + random() * (state.now - state.windowStart - 10 * 60_000));
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
            at: new Date(Math.min(state.now - 60_000, orderedAt.getTime() + (1 + random() * 19) * DAY)),
          }
        : null;

    // The domain decides the commissions, exactly as the API's CommissionService does.
    const lines = domain.calculateCommissions({
      order: {
        id: orderId,
        currency: 'USD',
        orderedAt,
        items: [{ productId: product.id, unitPriceMinor: product.priceMinor, quantity, discountMinor: 0n }],
        orderDiscountMinor: 0n,
        taxMinor: tax,
        shippingMinor: 0n,
        payments: [{ id: payment.id, amountMinor: totalMinor, at: orderedAt }],
        subscription: null,
      },
      programs: state.programs,
      credits,
      partners: chainOf(state, partner),
    });
    const decision = domain.createCommissions(lines, state.programs);
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
      let json = state.ruleCache.get(key);
      if (json === undefined) {
        json = JSON.stringify({ ...rule, levelRule: state.levelToStored(rule.levelRule) });
        state.ruleCache.set(key, json);
      }
      return json;
    };
    for (const c of finals) {
      const line = lineByKey.get(c.id);
      commissions += row([
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
      ledger += row([
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
    orders += row([
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
      state.programId,
      orderedAt,
    ]);
    payments += row([
      payment.id,
      orderedAt,
      orderedAt,
      'api',
      payment.externalId,
      orderId,
      totalMinor,
      orderedAt,
    ]);
    // The recordOrder input as the API stores it, its keys already in canonical (sorted) order, so its
    // JSON is the canonical form the payload hash is taken of.
    const input = {
      currency: 'USD',
      customer: { externalId: `cus-${customerIndex + 1}` },
      discountMinor: '0',
      externalId,
      items: [
        { discountMinor: '0', quantity, sku: product.sku, unitPriceMinor: product.priceMinor.toString() },
      ],
      orderedAt: iso(orderedAt),
      paid: true,
      referral: { visitorId },
      shippingMinor: '0',
      taxMinor: tax.toString(),
    };
    const inputJson = JSON.stringify(input);
    if (n === 0 && canonical(input) !== inputJson)
      throw new Error('seed: the order payload is not canonical');
    events += row([
      randomUUID(),
      'api',
      'ORDER',
      externalId,
      null,
      sha256(inputJson),
      inputJson,
      'PROCESSED',
      orderId,
      orderedAt,
      orderedAt,
    ]);
    if (refunded) {
      const refundInput = {
        amountMinor: refunded.amountMinor.toString(),
        externalId: refunded.externalId,
        orderExternalId: externalId,
        refundedAt: iso(refunded.at),
      };
      const refundJson = JSON.stringify(refundInput);
      events += row([
        randomUUID(),
        'api',
        'REFUND',
        refunded.externalId,
        externalId,
        sha256(refundJson),
        refundJson,
        'PROCESSED',
        refunded.id,
        refunded.at,
        refunded.at,
      ]);
      refunds += row([
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
    conversions.push([partner.id, visitorId, orderedAt.getTime()]);
    counts.orders += 1;
  }
  return { orders, payments, refunds, events, commissions, ledger, conversions, counts };
}

/** Clicks `start` .. `end - 1`; the first ones are the orders' clicks (`conversions`, from `start`). */
export function clickChunk(state, start, end, conversions) {
  const random = prng(0xc11c0000 ^ start);
  let text = '';
  let lastIp = hex(32);
  for (let n = start; n < end; n += 1) {
    const conversion = conversions[n - start];
    let partnerId;
    let visitorId;
    let at;
    let bot = false;
    let unique = true;
    let agent = BROWSERS[n & 3];
    if (conversion) {
      [partnerId, visitorId] = conversion;
      at = Math.max(state.windowStart, conversion[2] - random() * 3 * DAY);
      lastIp = hex(32);
    } else {
      partnerId = pickSeller(state, random);
      visitorId = hex(16);
      at = state.windowStart + random() * (state.now - state.windowStart - 60_000);
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
    text += row([randomUUID(), partnerId, visitorId, lastIp, agent, LANDING, bot, unique, new Date(at)]);
  }
  return text;
}
