import { type EntityManager } from '@mikro-orm/postgresql';
import { SNIPPET_LEAD_WINDOW_MS, snippetLeadNeedsReview } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { externalId } from '../../common/external-id.js';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { type EventBus, type PublishedEvent } from '../../events/event-bus.js';
import { type AttributionService } from '../attribution/attribution.service.js';
import { type CommissionService } from '../commissions/commission.service.js';
import { CustomerService } from '../customers/customer.service.js';
import { InboundEventService } from '../inbound-events/inbound-event.service.js';
import { type RecordResult } from '../orders/order.service.js';
import { Product } from '../../kernel/product.entity.js';
import { Lead } from '../../kernel/lead.entity.js';
import { Program } from '../../kernel/program.entity.js';
import {
  commissionCreated,
  commissionFacts,
  leadRecorded,
  type WebhookService,
} from '../webhooks/webhook.service.js';
import { type RecordLeadInput } from './lead.input.js';

/** The source of leads from the merchant snippet (`POST /t/lead`): untrusted, see {@link LeadService}. */
export const SNIPPET_SOURCE = 'web';

/**
 * Records leads exactly once, attributes them like sales, and stores their lead payouts.
 *
 * Leads of the merchant snippet (`source` {@link SNIPPET_SOURCE}) come from any browser, so they must prove
 * more: their visitor id has a click of an active partner within the cookie window (`LEAD_CLICK_REQUIRED`),
 * an email gives one snippet lead (a repeat is a duplicate), and a partner's snippet leads beyond
 * `partnerHourlyLimit` in an hour (the domain's `snippetLeadNeedsReview`) are recorded with their commissions
 * FLAGGED for review (the path of
 * self-referrals: not payable until an admin approves them). Leads sent with an API key are trusted.
 */
export class LeadService {
  private readonly inbound = new InboundEventService();
  private readonly customers = new CustomerService();

  constructor(
    private readonly commissions: CommissionService,
    private readonly attribution: AttributionService,
    private readonly events: EventBus,
    private readonly webhooks: WebhookService,
    private readonly partnerHourlyLimit = 20,
  ) {}

  async recordLead(em: EntityManager, input: RecordLeadInput, source = 'api'): Promise<RecordResult<Lead>> {
    const id = externalId(input.externalId);
    const snippet = source === SNIPPET_SOURCE;
    await this.attribution.settleClicks(input.referral);
    const published: PublishedEvent[] = [];
    const email = input.customer.email?.trim().toLowerCase();
    const receipt = await this.inbound.receive(
      em,
      { source, kind: 'LEAD', externalId: id, payload: { ...input } },
      [lockName.lead(source, id), ...(snippet && email ? [lockName.customerEmail(email)] : [])],
      async (tx) => {
        const customer = await this.customers.identify(tx, input.customer);
        if (!customer) fail('CUSTOMER_REQUIRED', 'A lead has an email or a customer id.', 'customer.email');
        if (snippet && (await tx.count(Lead, { source, customer })) > 0) {
          fail('ALREADY_EXISTS', 'This email has opted in already.', 'customer.email');
        }
        const product = input.sku ? await tx.findOne(Product, { sku: input.sku.trim() }) : null;
        if (input.sku && !product) fail('PRODUCT_NOT_FOUND', `No product has the SKU "${input.sku}".`, 'sku');
        const occurredAt = input.occurredAt ?? new Date();
        const attribution = await this.attribution.attributeReferral(
          tx,
          occurredAt,
          customer,
          input.referral,
        );
        let credits = attribution.credits;
        if (snippet) {
          if (!(await this.attribution.visitorHasClick(tx, occurredAt, attribution.visitorId))) {
            fail(
              'LEAD_CLICK_REQUIRED',
              'This visitor came through no partner link within the cookie window.',
              'visitorId',
            );
          }
          credits = await this.flagAboveRate(tx, credits, occurredAt);
        }
        const lead = tx.create(Lead, {
          source,
          externalId: id,
          customer,
          visitorId: attribution.visitorId,
          attributionMethod: attribution.method,
          credits: [...credits],
          attributionProgram: attribution.program ? tx.getReference(Program, attribution.program.id) : null,
          productId: product?.id ?? null,
          occurredAt,
        });
        this.customers.rememberReferral(customer, credits, tx);
        await tx.flush();
        const created = await this.commissions.creditLead(tx, lead);
        for (const commission of created) {
          published.push({
            topic: 'COMMISSION_CREATED',
            payload: { commissionId: commission.id, partnerId: commission.partner.id },
          });
        }
        await this.webhooks.enqueue(tx, [
          leadRecorded(lead),
          ...created.map((commission) => commissionCreated(commissionFacts(commission))),
        ]);
        published.push({
          topic: 'LEAD_RECORDED',
          payload: { leadId: lead.id, partnerIds: lead.credits.map((credit) => credit.partnerId) },
        });
        return lead.id;
      },
    );
    if (!receipt.duplicate) this.events.publishAll(published);

    const lead = receipt.event.resultId
      ? await em.fork().findOne(Lead, { id: receipt.event.resultId })
      : null;
    return { status: receipt.event.status, duplicate: receipt.duplicate, record: lead };
  }

  /**
   * Credits of a snippet lead, flagged for review for every partner who already earned `partnerHourlyLimit`
   * snippet leads in the hour before it (counted under the partner's lock, so parallel leads count right).
   */
  private async flagAboveRate<C extends { partnerId: string; flagged?: boolean }>(
    tx: EntityManager,
    credits: readonly C[],
    at: Date,
  ): Promise<C[]> {
    if (credits.length === 0) return [...credits];
    await lockForTransaction(
      tx,
      credits.map((credit) => lockName.partnerWebLeads(credit.partnerId)),
    );
    const flagged: C[] = [];
    for (const credit of credits) {
      const [row] = await tx.getConnection().execute<Array<{ count: string }>>(
        `select count(*) as count from leads
           where source = ? and occurred_at > ? and occurred_at <= ? and credits @> ?::jsonb`,
        [
          SNIPPET_SOURCE,
          new Date(at.getTime() - SNIPPET_LEAD_WINDOW_MS),
          at,
          JSON.stringify([{ partnerId: credit.partnerId }]),
        ],
        'all',
        tx.getTransactionContext(),
      );
      const review = snippetLeadNeedsReview(Number(row?.count ?? 0), this.partnerHourlyLimit);
      flagged.push(review ? { ...credit, flagged: true } : credit);
    }
    return flagged;
  }
}
