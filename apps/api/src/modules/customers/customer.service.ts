import { type EntityManager } from '@mikro-orm/postgresql';
import { referringPartner, type Credit } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { normalizeEmail } from '../../common/email.js';
import { parseId } from '../../common/ids.js';
import { unmanagedEntity } from '../../common/base.entity.js';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Customer } from '../../kernel/customer.entity.js';
import { plainRows } from '../../database/plain-statements.js';

export interface CustomerFacts {
  externalId?: string | null;
  email?: string | null;
  name?: string | null;
}

/** Customers of the merchant: found by their id or email on each event; admins may assign their partner. */
/** What identifies a customer, checked and normalised (see {@link CustomerService.factsOf}). */
export interface CustomerKey {
  externalId: string | null;
  email: string | null;
  name: string | null;
}

export class CustomerService {
  /**
   * Checks and normalises what a caller tells about a customer (field errors under `customer.`), before any
   * transaction opens; null when it names nobody.
   */
  factsOf(facts: CustomerFacts | null | undefined): CustomerKey | null {
    const externalId = facts?.externalId?.trim() || null;
    const email = facts?.email?.trim() ? normalizeEmail(facts.email, 'customer.email') : null;
    const name = facts?.name?.trim().slice(0, 200) || null;
    return externalId || email ? { externalId, email, name } : null;
  }

  /** The customer's own locks (its id's and its email's), to take together with the event's. */
  lockNames(key: CustomerKey | null): string[] {
    if (!key) return [];
    return [
      ...(key.externalId ? [lockName.customerId(key.externalId)] : []),
      ...(key.email ? [lockName.customerEmail(key.email)] : []),
    ];
  }

  /**
   * Finds the customer by external id (else email) and refreshes what is known; null when nothing is given.
   * Runs in the caller's transaction after its order or lead lock, and takes the customer's own locks, so two
   * events of one new customer create it once and see each other's referral.
   */
  async identify(tx: EntityManager, facts: CustomerFacts | null | undefined): Promise<Customer | null> {
    const key = this.factsOf(facts);
    if (!key) return null;
    await lockForTransaction(tx, this.lockNames(key));
    return this.identifyLocked(tx, key);
  }

  /**
   * {@link identify} for a caller that already holds the customer's locks ({@link lockNames}): one statement
   * finds the customer by its external id, else by email among the customers without an external id.
   */
  async identifyLocked(
    tx: EntityManager,
    key: CustomerKey | null,
    options: { unmanaged?: boolean } = {},
  ): Promise<Customer | null> {
    if (!key) return null;
    const { externalId, email, name } = key;
    const [where, params] = externalId
      ? email
        ? ['external_id = ? or (email = ? and external_id is null)', [externalId, email]]
        : ['external_id = ?', [externalId]]
      : ['email = ?', [email]];
    // The one with the external id first (nulls last): it wins over a match by email. A plain statement
    // (every order and lead runs it); an entity only for a customer found, outside the identity map when
    // the caller writes the row itself (`unmanaged`).
    const [row] = await plainRows(
      tx,
      `select * from customers where ${where} order by external_id asc nulls last limit 1`,
      params,
    );
    const found = row ? (options.unmanaged ? tx.fork({ clear: true }) : tx).map(Customer, row) : null;
    const customer =
      found ??
      (options.unmanaged
        ? unmanagedEntity(Customer, { externalId, email, name })
        : tx.create(Customer, { externalId, email, name }));
    if (externalId && !customer.externalId) customer.externalId = externalId;
    if (email) customer.email = email;
    if (name) customer.name = name;
    return customer;
  }

  /**
   * The customer's row by column (for `json_populate_record`), for a caller that writes it itself: with
   * `identifyLocked(..., { unmanaged: true })` the ORM does not.
   */
  row(customer: Customer): Record<string, unknown> {
    return {
      id: customer.id,
      created_at: customer.createdAt.toISOString(),
      updated_at: new Date().toISOString(),
      external_id: customer.externalId,
      email: customer.email,
      name: customer.name,
      referred_by_id: customer.referredBy?.id ?? null,
      assigned_partner_id: customer.assignedPartner?.id ?? null,
    };
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
