import { paginate } from '../../graphql/paginate.js';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import {
  assertTemplateText,
  mergeFieldsOf,
  PARTNER_EMAIL_KINDS,
  type PartnerEmailKind,
} from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { containsPattern } from '../../common/search.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { EmailTemplate, type EmailTemplateView } from './email-template.entity.js';
import { type OutboundEmailsArgs } from './email.args.js';
import { type UpdateEmailTemplateInput } from './email.input.js';
import { OutboundEmail } from './outbound-email.entity.js';

const view = (kind: PartnerEmailKind, stored: EmailTemplate | undefined): EmailTemplateView => ({
  kind,
  subject: stored?.subject ?? DEFAULT_TEMPLATES[kind].subject,
  body: stored?.body ?? DEFAULT_TEMPLATES[kind].body,
  mergeFields: [...mergeFieldsOf(kind)],
  isDefault: !stored,
  updatedAt: stored?.updatedAt ?? null,
});

/** Email templates (admin-edited or default) and the outbox. */
export class EmailService {
  async templates(em: EntityManager): Promise<EmailTemplateView[]> {
    const stored = new Map((await em.find(EmailTemplate, {})).map((t) => [t.kind, t]));
    return PARTNER_EMAIL_KINDS.map((kind) => view(kind, stored.get(kind)));
  }

  /** Saves a template after checking its merge fields; nothing is written when one is unknown. */
  async updateTemplate(em: EntityManager, input: UpdateEmailTemplateInput): Promise<EmailTemplateView> {
    const subject = input.subject.trim();
    if (subject.length === 0) fail('REQUIRED', 'subject is required.', 'subject');
    if (subject.length > 300) fail('TOO_LONG', 'subject has at most 300 characters.', 'subject');
    if (input.body.trim().length === 0) fail('REQUIRED', 'body is required.', 'body');
    if (input.body.length > 20_000) fail('TOO_LONG', 'body has at most 20000 characters.', 'body');
    assertTemplateText(input.kind, subject, 'subject');
    assertTemplateText(input.kind, input.body, 'body');
    const saved = await em.transactional(async (tx) => {
      const current = await tx.findOne(EmailTemplate, { kind: input.kind });
      if (current) {
        current.subject = subject;
        current.body = input.body;
        return current;
      }
      return tx.create(EmailTemplate, { kind: input.kind, subject, body: input.body });
    });
    return view(input.kind, saved);
  }

  /** Back to the built-in text. */
  async resetTemplate(em: EntityManager, kind: PartnerEmailKind): Promise<EmailTemplateView> {
    await em.nativeDelete(EmailTemplate, { kind });
    return view(kind, undefined);
  }

  async outbox(em: EntityManager, args: OutboundEmailsArgs) {
    const where: FilterQuery<OutboundEmail> = {};
    if (args.status) where.status = args.status;
    const search = args.search?.trim();
    if (search) {
      where.$or = [
        { to: { $ilike: containsPattern(search) } },
        { subject: { $ilike: containsPattern(search) } },
      ];
    }
    return paginate(em, OutboundEmail, where, args, { createdAt: 'desc', id: 'desc' });
  }
}
