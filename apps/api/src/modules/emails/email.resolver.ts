import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type PartnerEmailKind } from '@partnerkit/domain';
import { type GraphQLContext } from '../../graphql/context.js';
import { EmailTemplateView, PartnerEmailKindEnum } from './email-template.entity.js';
import { OutboundEmailsArgs } from './email.args.js';
import { UpdateEmailTemplateInput } from './email.input.js';
import { type EmailService } from './email.service.js';
import { MailSettings, OutboundEmailConnection } from './email.type.js';
import { type Mailer } from './mailer.service.js';
import { OutboundEmail } from './outbound-email.entity.js';

@Resolver()
export class EmailResolver {
  constructor(
    private readonly emailService: EmailService,
    private readonly mailer: Mailer,
  ) {}

  @Authorized()
  @Query(() => [EmailTemplateView], { description: 'Every partner email, edited or default.' })
  emailTemplates(@Ctx() { em }: GraphQLContext) {
    return this.emailService.templates(em);
  }

  @Authorized()
  @Mutation(() => EmailTemplateView)
  updateEmailTemplate(
    @Arg('input', () => UpdateEmailTemplateInput) input: UpdateEmailTemplateInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.emailService.updateTemplate(em, input);
  }

  @Authorized()
  @Mutation(() => EmailTemplateView, { description: 'Back to the built-in text.' })
  resetEmailTemplate(
    @Arg('kind', () => PartnerEmailKindEnum) kind: PartnerEmailKind,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.emailService.resetTemplate(em, kind);
  }

  @Authorized()
  @Query(() => OutboundEmailConnection, { description: 'The outbox, newest first.' })
  outboundEmails(@Args(() => OutboundEmailsArgs) args: OutboundEmailsArgs, @Ctx() { em }: GraphQLContext) {
    return this.emailService.outbox(em, args);
  }

  @Authorized()
  @Query(() => MailSettings)
  mailSettings(): MailSettings {
    return { smtpConfigured: this.mailer.smtpConfigured };
  }
}

/** The token of a one-time link (password reset, admin invite) in an email's text. */
const ONE_TIME_TOKEN = /([?&]token=)[A-Za-z0-9_-]+/g;

@Resolver(() => OutboundEmail)
export class OutboundEmailResolver {
  /**
   * The outbox shows what was sent, but never a one-time link's token: whoever reads the outbox (any admin,
   * a viewer too) must not be able to reset another admin's password or accept their invitation.
   */
  @FieldResolver(() => String, { description: 'The text sent, with the tokens of one-time links hidden.' })
  body(@Root() email: OutboundEmail): string {
    return email.body.replace(ONE_TIME_TOKEN, '$1(hidden)');
  }
}
