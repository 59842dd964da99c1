import { type EntityManager } from '@mikro-orm/postgresql';
import { AdminRole, AdminUser } from '../kernel/admin-user.entity.js';
import { assertAcceptablePassword, hashPassword } from '../common/password.js';
import { normalizeEmail } from '../common/email.js';
import { Partner } from '../kernel/partner.entity.js';
import { defineProgram, normalizePartnerCode } from '@partnerkit/domain';
import { Program } from '../kernel/program.entity.js';
import { MerchantSettings } from '../modules/tracking/merchant-settings.entity.js';
import { applyDomainProgram } from '../kernel/program.mapper.js';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { CollateralItem } from '../modules/collateral/collateral-item.entity.js';
import { type FileStorage, type StoredObject } from '../storage/file-storage.js';

/** The demo banner: an SVG written here (300 x 250, the common "medium rectangle"). */
export const DEMO_BANNER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="250" viewBox="0 0 300 250">
  <rect width="300" height="250" rx="12" fill="#1c4e80"/>
  <circle cx="250" cy="45" r="70" fill="#2f6fb0"/>
  <text x="24" y="92" font-family="Arial, sans-serif" font-size="30" font-weight="700" fill="#ffffff">Spring sale</text>
  <text x="24" y="130" font-family="Arial, sans-serif" font-size="18" fill="#dbe9f7">20 % off every plan</text>
  <rect x="24" y="170" width="150" height="44" rx="22" fill="#f2b134"/>
  <text x="99" y="198" text-anchor="middle" font-family="Arial, sans-serif" font-size="17" font-weight="700" fill="#1c2b3a">Shop now</text>
</svg>
`;
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

/**
 * Loads the demo: an owner admin, a program, two partners (bob recruited by alice), tracking settings and,
 * with `storage`, collateral (a banner and an email swipe). Runs once: never on a database with an admin.
 */
export async function seedDemoData(em: EntityManager, storage?: FileStorage): Promise<boolean> {
  if ((await em.count(AdminUser, {})) > 0) return false;
  const banner: StoredObject | undefined = storage
    ? await storage.put(Readable.from([Buffer.from(DEMO_BANNER_SVG, 'utf8')]), { maxBytes: 1024 * 1024 })
    : undefined;
  try {
    await seedRecords(em, banner);
  } catch (error) {
    if (banner) await storage!.delete(banner.key);
    throw error;
  }
  return true;
}

async function seedRecords(em: EntityManager, banner: StoredObject | undefined) {
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
    if (banner) {
      const item = tx.create(CollateralItem, {
        kind: 'BANNER',
        title: 'Spring sale banner (300 x 250)',
        notes: 'For sidebars and blog posts. Links to the spring offer.',
        sortOrder: 1,
        landingUrl: 'https://example.com/spring',
        storageKey: banner.key,
        contentType: 'image/svg+xml',
        fileExtension: 'svg',
        byteSize: banner.byteSize,
        sha256: banner.sha256,
        width: 300,
        height: 250,
        publicToken: randomBytes(16).toString('hex'),
      });
      item.programs.add(program);
    }
    const swipe = tx.create(CollateralItem, {
      kind: 'EMAIL_SWIPE',
      title: 'Spring sale email',
      notes: 'Send it to your newsletter; your link and name are filled in.',
      sortOrder: 1,
      landingUrl: 'https://example.com/spring',
      subject: 'A spring deal I recommend: 20 % off',
      body:
        'Hi,\n\nI have used this shop for a while and it is on sale this spring: 20 % off every plan.\n\n' +
        'Have a look: {{trackingLink}}\n\nBest,\n{{name}}',
    });
    swipe.programs.add(program);
  });
}
