import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { Partner } from '../partners/partner.entity.js';
import { Coupon } from './coupon.entity.js';

const COUPON = /^[A-Z0-9][A-Z0-9_-]{2,63}$/;

/** Partner coupon codes: an order carrying one is attributed to its partner. */
export class CouponService {
  list(em: EntityManager, partnerId?: string | null): Promise<Coupon[]> {
    return em.find(Coupon, partnerId ? { partner: parseId(partnerId, 'partnerId') } : {}, {
      orderBy: { code: 'asc' },
    });
  }

  async create(em: EntityManager, partnerId: string, rawCode: string): Promise<Coupon> {
    const code = rawCode.trim().toUpperCase();
    if (!COUPON.test(code)) {
      fail(
        'COUPON_CODE_INVALID',
        'A coupon code is 3 to 64 of A-Z 0-9 _ -, starting with a letter or digit.',
        'code',
      );
    }
    const partner = await em.findOne(Partner, { id: parseId(partnerId, 'partnerId') });
    if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'partnerId');
    if (await em.count(Coupon, { code }))
      fail('COUPON_CODE_TAKEN', `The coupon "${code}" exists already.`, 'code');
    const coupon = em.create(Coupon, { code, partner });
    await em.flush();
    return coupon;
  }

  async delete(em: EntityManager, rawCode: string): Promise<boolean> {
    return (await em.nativeDelete(Coupon, { code: rawCode.trim().toUpperCase() })) > 0;
  }
}
