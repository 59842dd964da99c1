import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { EmailTemplate } from '../modules/emails/email-template.entity.js';
import { OutboundEmail } from '../modules/emails/outbound-email.entity.js';
import { Click } from '../modules/clicks/click.entity.js';
import { Commission } from '../modules/commissions/commission.entity.js';
import { LedgerEntry } from '../modules/commissions/ledger-entry.entity.js';
import { PartnerBalanceShard } from '../modules/commissions/partner-balance.entity.js';
import { Coupon } from '../modules/coupons/coupon.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { InboundEvent } from '../modules/inbound-events/inbound-event.entity.js';
import { Lead } from '../modules/leads/lead.entity.js';
import { SaleOrder, SalePayment, SaleRefund } from '../modules/orders/order.entity.js';
import { ClickStat } from '../modules/clicks/click-stat.entity.js';
import { MerchantSettings } from '../modules/merchant-settings/merchant-settings.entity.js';
import { TrackingLink } from '../modules/tracking-links/tracking-link.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { Program } from '../modules/programs/program.entity.js';
import { Product } from '../modules/products/product.entity.js';
import { AdminUser } from '../modules/users/admin-user.entity.js';

/** Every stored entity. Listed explicitly: no folder scanning, so every test runner and build sees the same. */
export const entities = [
  AdminUser,
  Session,
  ApiKey,
  Partner,
  Program,
  Product,
  Click,
  InboundEvent,
  Customer,
  Coupon,
  SaleOrder,
  SalePayment,
  SaleRefund,
  Lead,
  Commission,
  LedgerEntry,
  PartnerBalanceShard,
  EmailTemplate,
  OutboundEmail,
  TrackingLink,
  MerchantSettings,
  ClickStat,
];
