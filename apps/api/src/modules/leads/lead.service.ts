import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { externalId } from '../../common/external-id.js';
import { lockName } from '../../database/advisory-locks.js';
import { type EventBus, type PublishedEvent } from '../../events/event-bus.js';
import { type AttributionService } from '../attribution/attribution.service.js';
import { type CommissionService } from '../commissions/commission.service.js';
import { CustomerService } from '../customers/customer.service.js';
import { InboundEventService } from '../inbound-events/inbound-event.service.js';
import { type RecordResult } from '../orders/order.service.js';
import { Product } from '../../kernel/product.entity.js';
import { Lead } from '../../kernel/lead.entity.js';
import { type RecordLeadInput } from './lead.input.js';

/** Records leads exactly once, attributes them like sales, and stores their lead payouts. */
export class LeadService {
  private readonly inbound = new InboundEventService();
  private readonly customers = new CustomerService();

  constructor(
    private readonly commissions: CommissionService,
    private readonly attribution: AttributionService,
    private readonly events: EventBus,
  ) {}

  async recordLead(em: EntityManager, input: RecordLeadInput, source = 'api'): Promise<RecordResult<Lead>> {
    const id = externalId(input.externalId);
    await this.attribution.settleClicks(input.referral);
    const published: PublishedEvent[] = [];
    const receipt = await this.inbound.receive(
      em,
      { source, kind: 'LEAD', externalId: id, payload: { ...input } },
      [lockName.lead(source, id)],
      async (tx) => {
        const customer = await this.customers.identify(tx, input.customer);
        if (!customer) fail('CUSTOMER_REQUIRED', 'A lead has an email or a customer id.', 'customer.email');
        const product = input.sku ? await tx.findOne(Product, { sku: input.sku.trim() }) : null;
        if (input.sku && !product) fail('PRODUCT_NOT_FOUND', `No product has the SKU "${input.sku}".`, 'sku');
        const occurredAt = input.occurredAt ?? new Date();
        const attribution = await this.attribution.attributeReferral(
          tx,
          occurredAt,
          customer,
          input.referral,
        );
        const lead = tx.create(Lead, {
          source,
          externalId: id,
          customer,
          visitorId: attribution.visitorId,
          attributionMethod: attribution.method,
          credits: [...attribution.credits],
          attributionProgram: attribution.program,
          productId: product?.id ?? null,
          occurredAt,
        });
        this.customers.rememberReferral(customer, attribution.credits, tx);
        await tx.flush();
        for (const commission of await this.commissions.creditLead(tx, lead)) {
          published.push({
            topic: 'COMMISSION_CREATED',
            payload: { commissionId: commission.id, partnerId: commission.partner.id },
          });
        }
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
}
