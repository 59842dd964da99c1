import { type EntityManager } from '@mikro-orm/postgresql';
import {
  allowedDeepLink,
  isDomainError,
  normalizeLinkSlug,
  normalizeSubId,
  parseDestinationUrl,
  safeDeepLink,
} from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId, parseIds } from '../../common/ids.js';
import { requiredText } from '../../common/text.js';
import { type EventBus } from '../../events/event-bus.js';
import { type MerchantSettingsService } from './merchant-settings.service.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { TrackingLink } from './tracking-link.entity.js';
import { type CreateTrackingLinkInput, type UpdateTrackingLinkInput } from './tracking-link.input.js';
import { type PartnerTrackingLink } from './tracking-link.type.js';

/** Named tracking links (admin) and a partner's ready-to-share links. */
export class TrackingLinkService {
  constructor(
    private readonly events: EventBus,
    private readonly settings: MerchantSettingsService,
  ) {}

  list(em: EntityManager, includeArchived: boolean): Promise<TrackingLink[]> {
    return em.find(TrackingLink, includeArchived ? {} : { archived: false }, {
      orderBy: { archived: 'asc', name: 'asc', id: 'asc' },
      populate: ['programs'],
    });
  }

  async get(em: EntityManager, id: string): Promise<TrackingLink> {
    const link = await em.findOne(TrackingLink, { id: parseId(id) }, { populate: ['programs'] });
    if (!link) fail('TRACKING_LINK_NOT_FOUND', 'Tracking link not found.', 'id');
    return link;
  }

  async create(em: EntityManager, input: CreateTrackingLinkInput): Promise<TrackingLink> {
    const slug = normalizeLinkSlug(input.slug);
    const name = requiredText(input.name, 'name', 120);
    const destinationUrl = parseDestinationUrl(input.destinationUrl, 'destinationUrl').href;
    const programIds = [...new Set(parseIds(input.programIds, 'programIds'))];
    const link = await em.transactional(async (tx) => {
      if (await tx.count(TrackingLink, { slug })) {
        fail('LINK_SLUG_TAKEN', `A link with the slug "${slug}" exists already.`, 'slug');
      }
      const created = tx.create(TrackingLink, { slug, name, destinationUrl });
      created.programs.set(await this.findPrograms(tx, programIds));
      return created;
    });
    this.events.publish('TRACKING_CHANGED', { what: 'links' });
    return link;
  }

  async update(em: EntityManager, id: string, input: UpdateTrackingLinkInput): Promise<TrackingLink> {
    const name = input.name != null ? requiredText(input.name, 'name', 120) : undefined;
    const destinationUrl =
      input.destinationUrl != null
        ? parseDestinationUrl(input.destinationUrl, 'destinationUrl').href
        : undefined;
    const programIds = input.programIds ? [...new Set(parseIds(input.programIds, 'programIds'))] : undefined;
    const link = await em.transactional(async (tx) => {
      const current = await tx.findOne(TrackingLink, { id: parseId(id) }, { populate: ['programs'] });
      if (!current) fail('TRACKING_LINK_NOT_FOUND', 'Tracking link not found.', 'id');
      if (name !== undefined) current.name = name;
      if (destinationUrl !== undefined) current.destinationUrl = destinationUrl;
      if (programIds !== undefined) current.programs.set(await this.findPrograms(tx, programIds));
      if (input.archived != null) current.archived = input.archived;
      return current;
    });
    this.events.publish('TRACKING_CHANGED', { what: 'links' });
    return link;
  }

  /** The partner's default link and every active named link open to them, as full URLs under `baseUrl`. */
  async partnerLinks(em: EntityManager, partnerId: string, baseUrl: string): Promise<PartnerTrackingLink[]> {
    const partner = await em.findOneOrFail(Partner, { id: partnerId }, { populate: ['programs'] });
    const settings = await this.settings.get(em);
    const programIds = new Set(partner.programs.getItems().map((program) => program.id));
    const links = (await this.list(em, false)).filter((link) => {
      const only = link.programs.getItems();
      return only.length === 0 || only.some((program) => programIds.has(program.id));
    });
    const root = `${baseUrl}/r/${partner.code}`;
    return [
      {
        trackingLinkId: null,
        name: 'Default link',
        slug: null,
        url: root,
        destinationUrl: settings.defaultLandingUrl,
      },
      ...links.map((link) => ({
        trackingLinkId: link.id,
        name: link.name,
        slug: link.slug,
        url: `${root}/${link.slug}`,
        destinationUrl: link.destinationUrl,
      })),
    ];
  }

  /**
   * A deep link for the partner: `<base>/r/<code>?url=<encoded>&sub=<tag>`. The URL must be on an allowed
   * domain (`LINK_DOMAIN_NOT_ALLOWED`, field url); the sub-id is optional (`SUB_ID_INVALID`, field subId).
   */
  async buildLink(
    em: EntityManager,
    partnerId: string,
    baseUrl: string,
    rawUrl: string,
    rawSubId: string | null | undefined,
  ): Promise<string> {
    const subId = normalizeSubId(rawSubId);
    const settings = await this.settings.get(em);
    const url = allowedDeepLink(rawUrl, settings.allowedDomains, settings.defaultLandingUrl);
    const partner = await em.findOneOrFail(Partner, { id: partnerId });
    const query = new URLSearchParams({ url });
    if (subId) query.set('sub', subId);
    return `${baseUrl}/r/${partner.code}?${query.toString()}`;
  }

  /**
   * Checks that `raw` is a page a deep link may send visitors to (an allowed domain, or the default landing
   * URL's host) and returns it normalised; the same rule as partners' deep links, with errors on `field`.
   */
  async allowedLandingUrl(em: EntityManager, raw: string, field: string): Promise<string> {
    const settings = await this.settings.get(em);
    try {
      return allowedDeepLink(raw, settings.allowedDomains, settings.defaultLandingUrl);
    } catch (error) {
      if (isDomainError(error)) fail(error.code, error.message, field);
      throw error;
    }
  }

  /**
   * The partner's tracking link to a landing page: a deep link `<base>/r/<code>?url=<landing>`, or their
   * default link when there is no landing page (or it is no longer on an allowed domain).
   */
  async partnerLinkTo(
    em: EntityManager,
    partnerId: string,
    baseUrl: string,
  ): Promise<(landingUrl: string | null) => string> {
    const settings = await this.settings.get(em);
    const partner = await em.findOneOrFail(Partner, { id: partnerId });
    const root = `${baseUrl}/r/${partner.code}`;
    return (landingUrl) => {
      const url = landingUrl
        ? safeDeepLink(landingUrl, settings.allowedDomains, settings.defaultLandingUrl)
        : null;
      return url ? `${root}?${new URLSearchParams({ url }).toString()}` : root;
    };
  }

  private async findPrograms(em: EntityManager, ids: string[]): Promise<Program[]> {
    if (ids.length === 0) return [];
    const programs = await em.find(Program, { id: { $in: ids } });
    if (programs.length !== ids.length) {
      fail('PROGRAM_NOT_FOUND', 'One of the programs does not exist.', 'programIds');
    }
    return programs;
  }
}
