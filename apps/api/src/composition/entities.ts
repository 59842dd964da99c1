import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { EmailTemplate } from '../modules/emails/email-template.entity.js';
import { OutboundEmail } from '../modules/emails/outbound-email.entity.js';
import { PayoutBatch } from '../modules/payouts/payout-batch.entity.js';
import { Click } from '../modules/tracking/click.entity.js';
import { Commission } from '../kernel/commission.entity.js';
import { LedgerEntry } from '../kernel/ledger-entry.entity.js';
import { PartnerBalanceShard } from '../kernel/partner-balance.entity.js';
import { LedgerPeriodSum } from '../modules/reports/ledger-period-sum.entity.js';
import { PartnerCommissionCount } from '../modules/commissions/partner-commission-count.entity.js';
import { OrderCount } from '../modules/orders/order-count.entity.js';
import { Coupon } from '../modules/coupons/coupon.entity.js';
import { Customer } from '../kernel/customer.entity.js';
import { InboundEvent } from '../modules/inbound-events/inbound-event.entity.js';
import { Lead } from '../kernel/lead.entity.js';
import { SaleOrder, SalePayment, SaleRefund } from '../kernel/order.entity.js';
import { ClickStat } from '../modules/tracking/click-stat.entity.js';
import { MerchantSettings } from '../modules/tracking/merchant-settings.entity.js';
import { TrackingLink } from '../modules/tracking/tracking-link.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { PasswordResetToken } from '../modules/auth/password-reset.entity.js';
import { PartnerView } from '../modules/auth/partner-view.entity.js';
import { Partner } from '../kernel/partner.entity.js';
import { Program } from '../kernel/program.entity.js';
import { Product } from '../kernel/product.entity.js';
import { AdminUser } from '../kernel/admin-user.entity.js';
import { AdminInvite } from '../modules/team/admin-invite.entity.js';
import { CollateralItem } from '../modules/collateral/collateral-item.entity.js';
import { CollateralUsage } from '../modules/collateral/collateral-usage.entity.js';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity.js';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity.js';

/** Every stored entity. Listed explicitly: no folder scanning, so every test runner and build sees the same. */
export const entities = [
  AdminUser,
  AdminInvite,
  Session,
  PasswordResetToken,
  PartnerView,
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
  LedgerPeriodSum,
  PartnerCommissionCount,
  OrderCount,
  EmailTemplate,
  OutboundEmail,
  TrackingLink,
  MerchantSettings,
  ClickStat,
  CollateralItem,
  CollateralUsage,
  WebhookEndpoint,
  WebhookDelivery,
  PayoutBatch,
];
