import { type EntityManager } from '@mikro-orm/postgresql';
import { referringPartner, type Credit } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { normalizeEmail } from '../../common/email.js';
import { parseId } from '../../common/ids.js';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Customer } from '../../kernel/customer.entity.js';

export interface CustomerFacts {
  externalId?: string | null;
  email?: string | null;
  name?: string | null;
}

/** Customers of the merchant: found by their id or email on each event; admins may assign their partner. */
export class CustomerService {
  /**
   * Finds the customer by external id (else email) and refreshes what is known; null when nothing is given.
   * Runs in the caller's transaction after its order or lead lock, and takes the customer's own locks, so two
   * events of one new customer create it once and see each other's referral.
   */
  async identify(tx: EntityManager, facts: CustomerFacts | null | undefined): Promise<Customer | null> {
    const externalId = facts?.externalId?.trim() || null;
    const email = facts?.email?.trim() ? normalizeEmail(facts.email, 'customer.email') : null;
    const name = facts?.name?.trim().slice(0, 200) || null;
    if (!externalId && !email) return null;
    await lockForTransaction(tx, [
      ...(externalId ? [lockName.customerId(externalId)] : []),
      ...(email ? [lockName.customerEmail(email)] : []),
    ]);
    const customer =
      (externalId ? await tx.findOne(Customer, { externalId }) : null) ??
      (email ? await tx.findOne(Customer, { email, ...(externalId ? { externalId: null } : {}) }) : null) ??
      tx.create(Customer, { externalId, email, name });
    if (externalId && !customer.externalId) customer.externalId = externalId;
    if (email) customer.email = email;
    if (name) customer.name = name;
    return customer;
  }

  /**
   * Remembers the first partner a customer was credited to (the domain's `referringPartner`), used when a
   * program keeps referrals permanently.
   */
  rememberReferral(customer: Customer | null, credits: readonly Credit[], tx: EntityManager): void {
    const partnerId = referringPartner(credits);
    if (customer && partnerId && !customer.referredBy)
      customer.referredBy = tx.getReference(Partner, partnerId);
  }

  /** An admin assigns (or with null, un-assigns) the customer's partner; it wins over every other source. */
  async assignPartner(em: EntityManager, customerId: string, partnerCode: string | null): Promise<Customer> {
    const customer = await em.findOne(Customer, { id: parseId(customerId, 'customerId') });
    if (!customer) fail('CUSTOMER_NOT_FOUND', 'Customer not found.', 'customerId');
    if (partnerCode === null || partnerCode.trim() === '') {
      customer.assignedPartner = null;
    } else {
      const partner = await em.findOne(Partner, { code: partnerCode.trim().toLowerCase() });
      if (!partner) fail('PARTNER_NOT_FOUND', `No partner has the code "${partnerCode}".`, 'partnerCode');
      customer.assignedPartner = partner;
    }
    await em.flush();
    return customer;
  }
}
