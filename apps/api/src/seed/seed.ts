import { type EntityManager } from '@mikro-orm/postgresql';
import { AdminRole, AdminUser } from '../kernel/admin-user.entity.js';
import { assertAcceptablePassword, hashPassword } from '../common/password.js';
import { normalizeEmail } from '../common/email.js';
import { Partner } from '../kernel/partner.entity.js';
import { defineProgram, normalizePartnerCode } from '@partnerkit/domain';
import { Program } from '../kernel/program.entity.js';
import { MerchantSettings } from '../modules/tracking/merchant-settings.entity.js';
import { applyDomainProgram } from '../kernel/program.mapper.js';
import { DEMO_ADMIN_EMAIL } from '../modules/auth/auth.service.js';

/** The documented demo accounts (README). Only ever created on a database without any admin. */
export const DEMO_ACCOUNTS = {
  admin: { email: DEMO_ADMIN_EMAIL, password: 'demo-admin-pass' },
  partners: [
    { code: 'alice', name: 'Alice Agency', email: 'alice@partnerkit.test', password: 'demo-partner-pass' },
    { code: 'bobby', name: 'Bob Reviews', email: 'bob@partnerkit.test', password: 'demo-partner-pass' },
  ],
} as const;

/** Creates the owner admin from ADMIN_EMAIL / ADMIN_PASSWORD when no admin exists yet. */
export async function ensureOwnerAdmin(em: EntityManager, email: string, password: string): Promise<boolean> {
  if ((await em.count(AdminUser, {})) > 0) return false;
  assertAcceptablePassword(password, 'ADMIN_PASSWORD');
  em.create(AdminUser, {
    email: normalizeEmail(email, 'ADMIN_EMAIL'),
    name: 'Owner',
    role: AdminRole.OWNER,
    passwordHash: await hashPassword(password),
  });
  await em.flush();
  return true;
}

/** Whether the database holds the demo data (its demo admin): what the banner and the sign-in pages say. */
export async function demoDataPresent(em: EntityManager): Promise<boolean> {
  return (await em.count(AdminUser, { email: DEMO_ADMIN_EMAIL })) > 0;
}

/** Loads the demo: an owner admin, a program, two partners (bob recruited by alice) and tracking settings. */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  if ((await em.count(AdminUser, {})) > 0) return false;
  await em.transactional(async (tx) => {
    tx.create(AdminUser, {
      email: DEMO_ACCOUNTS.admin.email,
      name: 'Demo Admin',
      role: AdminRole.OWNER,
      passwordHash: await hashPassword(DEMO_ACCOUNTS.admin.password),
    });
    const program = new Program();
    applyDomainProgram(
      program,
      defineProgram({
        id: program.id,
        name: 'Standard partners',
        notes:
          'Earn 20 % on every sale you refer (your recruiter earns 5 %) and $2 per lead. Paid monthly from $50.',
        currency: 'USD',
        attributionMode: 'LAST',
        levels: 2,
        holdDays: 30,
        cookieWindowDays: 60,
        minimumPayoutMinor: 5000n,
        rules: [
          {
            id: 'default',
            layer: 'DEFAULT',
            levels: [
              { level: 1, sale: { kind: 'PERCENT', percent: '20', of: 'BASE' }, leadPayoutMinor: 200n },
              { level: 2, sale: { kind: 'PERCENT', percent: '5', of: 'BASE' } },
            ],
          },
        ],
      }),
    );
    program.signupOpen = true;
    program.signupAsksParentCode = true;
    program.signupFields = [
      { key: 'website', label: 'Website or channel', type: 'TEXT', required: false, options: [] },
    ];
    tx.persist(program);
    let parent: Partner | null = null;
    for (const demo of DEMO_ACCOUNTS.partners) {
      const partner: Partner = tx.create(Partner, {
        code: normalizePartnerCode(demo.code),
        name: demo.name,
        email: demo.email,
        status: 'ACTIVE',
        approvedAt: new Date(),
        passwordHash: await hashPassword(demo.password),
        parent,
      });
      partner.programs.add(program);
      parent ??= partner;
    }
    // Tracking links send visitors to the (reserved, always available) example.com shop.
    tx.create(MerchantSettings, {
      defaultLandingUrl: 'https://example.com/',
      allowedDomains: ['example.com', '*.example.com'],
    });
  });
  return true;
}
