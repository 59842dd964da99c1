import { type EntityManager } from '@mikro-orm/postgresql';
import { assertCouponCode, normalizeCouponCode } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Coupon } from './coupon.entity.js';

/** Partner coupon codes: an order carrying one is attributed to its partner. */
export class CouponService {
  list(em: EntityManager, partnerId?: string | null): Promise<Coupon[]> {
    return em.find(Coupon, partnerId ? { partner: parseId(partnerId, 'partnerId') } : {}, {
      orderBy: { code: 'asc' },
    });
  }

  async create(em: EntityManager, partnerId: string, rawCode: string): Promise<Coupon> {
    const code = assertCouponCode(rawCode, 'code');
    const partner = await em.findOne(Partner, { id: parseId(partnerId, 'partnerId') });
    if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'partnerId');
    if (await em.count(Coupon, { code }))
      fail('COUPON_CODE_TAKEN', `The coupon "${code}" exists already.`, 'code');
    const coupon = em.create(Coupon, { code, partner });
    await em.flush();
    return coupon;
  }

  async delete(em: EntityManager, rawCode: string): Promise<boolean> {
    const code = normalizeCouponCode(rawCode);
    return code !== null && (await em.nativeDelete(Coupon, { code })) > 0;
  }

  /** The partner of a coupon code as a customer typed it (any case, spaces around); null when unknown. */
  async partnerIdOf(em: EntityManager, rawCode: string | null | undefined): Promise<string | null> {
    const code = normalizeCouponCode(rawCode);
    if (code === null) return null;
    const coupon = await em.findOne(Coupon, { code }, { fields: ['partner'] });
    return coupon?.partner.id ?? null;
  }
}
