import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { Click } from '../modules/clicks/click.entity.js';
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
  TrackingLink,
  MerchantSettings,
  ClickStat,
];
