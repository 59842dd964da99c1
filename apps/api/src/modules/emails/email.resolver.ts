import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type PartnerEmailKind } from '@partnerkit/domain';
import { type GraphQLContext } from '../../graphql/context.js';
import { Access } from '../../graphql/actor.js';
import { EmailTemplateView, PartnerEmailKindEnum } from './email-template.entity.js';
import { OutboundEmailsArgs } from './email.args.js';
import { UpdateEmailTemplateInput } from './email.input.js';
import { type EmailService } from './email.service.js';
import { MailSettings, OutboundEmailConnection } from './email.type.js';
import { type Mailer } from './mailer.service.js';

@Resolver()
export class EmailResolver {
  constructor(
    private readonly emailService: EmailService,
    private readonly mailer: Mailer,
  ) {}

  @Authorized(Access.Admin)
  @Query(() => [EmailTemplateView], { description: 'Every partner email, edited or default.' })
  emailTemplates(@Ctx() { em }: GraphQLContext) {
    return this.emailService.templates(em);
  }

  @Authorized(Access.Admin)
  @Mutation(() => EmailTemplateView)
  updateEmailTemplate(
    @Arg('input', () => UpdateEmailTemplateInput) input: UpdateEmailTemplateInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.emailService.updateTemplate(em, input);
  }

  @Authorized(Access.Admin)
  @Mutation(() => EmailTemplateView, { description: 'Back to the built-in text.' })
  resetEmailTemplate(
    @Arg('kind', () => PartnerEmailKindEnum) kind: PartnerEmailKind,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.emailService.resetTemplate(em, kind);
  }

  @Authorized(Access.Admin)
  @Query(() => OutboundEmailConnection, { description: 'The outbox, newest first.' })
  outboundEmails(@Args(() => OutboundEmailsArgs) args: OutboundEmailsArgs, @Ctx() { em }: GraphQLContext) {
    return this.emailService.outbox(em, args);
  }

  @Authorized(Access.Admin)
  @Query(() => MailSettings)
  mailSettings(): MailSettings {
    return { smtpConfigured: this.mailer.smtpConfigured };
  }
}
