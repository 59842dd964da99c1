import { type EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/app-error.js';
import { externalId, visitorId } from '../../common/external-id.js';
import { parseId } from '../../common/ids.js';
import { type EventBus, type PublishedEvent } from '../../events/event-bus.js';
import { AttributionService } from '../attribution/attribution.service.js';
import { type CommissionService } from '../commissions/commission.service.js';
import { CustomerService } from '../customers/customer.service.js';
import { InboundEventService } from '../inbound-events/inbound-event.service.js';
import { leadingPartner, type RecordResult } from '../orders/order.service.js';
import { Partner } from '../partners/partner.entity.js';
import { Product } from '../products/product.entity.js';
import { Lead } from './lead.entity.js';
import { type RecordLeadInput } from './lead.input.js';

/** Records leads exactly once, attributes them like sales, and stores their lead payouts. */
export class LeadService {
  private readonly inbound = new InboundEventService();
  private readonly attribution = new AttributionService();
  private readonly customers = new CustomerService();

  constructor(
    private readonly commissions: CommissionService,
    private readonly events: EventBus,
  ) {}

  async recordLead(em: EntityManager, input: RecordLeadInput, source = 'api'): Promise<RecordResult<Lead>> {
    const id = externalId(input.externalId);
    const published: PublishedEvent[] = [];
    const receipt = await this.inbound.receive(
      em,
      { source, kind: 'LEAD', externalId: id, payload: { ...input } },
      async (tx) => {
        const customer = await this.customers.identify(tx, input.customer);
        if (!customer)
          throw badInput('CUSTOMER_REQUIRED', 'A lead has an email or a customer id.', 'customer.email');
        const referral = input.referral ?? {};
        const namedPartner = referral.partnerCode
          ? await tx.findOne(Partner, { code: referral.partnerCode.trim().toLowerCase() })
          : null;
        if (referral.partnerCode && !namedPartner) {
          throw badInput(
            'PARTNER_NOT_FOUND',
            `No partner has the code "${referral.partnerCode}".`,
            'referral.partnerCode',
          );
        }
        const product = input.sku ? await tx.findOne(Product, { sku: input.sku.trim() }) : null;
        if (input.sku && !product)
          throw badInput('PRODUCT_UNKNOWN', `No product has the SKU "${input.sku}".`, 'sku');
        const occurredAt = input.occurredAt ?? new Date();
        const visitor = visitorId(referral.visitorId, 'referral.visitorId');
        const attribution = await this.attribution.attribute(tx, {
          at: occurredAt,
          programId: referral.programId ? parseId(referral.programId, 'referral.programId') : null,
          customer,
          namedPartnerId: namedPartner?.id ?? null,
          couponCode: referral.couponCode ?? null,
          visitorId: visitor,
        });
        const lead = tx.create(Lead, {
          source,
          externalId: id,
          customer,
          visitorId: visitor,
          attributionMethod: attribution.method,
          credits: [...attribution.credits],
          attributionProgram: attribution.program,
          productId: product?.id ?? null,
          occurredAt,
        });
        this.customers.rememberReferral(customer, leadingPartner(attribution.credits), tx);
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
