import { type EntityManager } from '@mikro-orm/postgresql';
import { normalizeAllowedDomain, parseDestinationUrl } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { type EventBus } from '../../events/event-bus.js';
import { MerchantSettings } from './merchant-settings.entity.js';
import { type UpdateMerchantSettingsInput } from './merchant-settings.input.js';

const MAX_DOMAINS = 100;

/** The merchant's tracking settings (one row). */
export class MerchantSettingsService {
  constructor(private readonly events: EventBus) {}

  /** The settings; before an admin saves any, the defaults (no landing URL, no extra domains). */
  async get(em: EntityManager): Promise<MerchantSettings> {
    return (await em.findOne(MerchantSettings, { id: 1 })) ?? new MerchantSettings();
  }

  async update(em: EntityManager, input: UpdateMerchantSettingsInput): Promise<MerchantSettings> {
    // Validate everything before writing anything.
    const landing =
      input.defaultLandingUrl === undefined
        ? undefined
        : input.defaultLandingUrl === null || input.defaultLandingUrl.trim() === ''
          ? null
          : parseDestinationUrl(input.defaultLandingUrl, 'defaultLandingUrl').href;
    let domains: string[] | undefined;
    if (input.allowedDomains != null) {
      domains = [...new Set(input.allowedDomains.filter((d) => d.trim() !== '').map(normalizeAllowedDomain))];
      if (domains.length > MAX_DOMAINS) {
        fail('TOO_MANY', `At most ${MAX_DOMAINS} allowed domains.`, 'allowedDomains');
      }
    }
    const settings = await em.transactional(async (tx) => {
      const current = (await tx.findOne(MerchantSettings, { id: 1 })) ?? tx.create(MerchantSettings, {});
      if (landing !== undefined) current.defaultLandingUrl = landing;
      if (domains !== undefined) current.allowedDomains = domains;
      current.updatedAt = new Date();
      return current;
    });
    this.events.publish('TRACKING_CHANGED', { what: 'settings' });
    return settings;
  }
}
