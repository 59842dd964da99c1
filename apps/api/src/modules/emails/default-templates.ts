import { type PartnerEmailKind } from '@partnerkit/domain';

/** The built-in text of each partner email, used until an admin edits it. */
export const DEFAULT_TEMPLATES: Record<PartnerEmailKind, { subject: string; body: string }> = {
  WELCOME: {
    subject: 'Thanks for applying to {{programName}}',
    body: `Hi {{name}},

thank you for applying to {{programName}} with the partner code {{code}}.
We review every application and will write to you again soon.

Your partner portal: {{portalLink}}
`,
  },
  APPROVED: {
    subject: 'You are approved: welcome to {{programName}}',
    body: `Hi {{name}},

your partner application is approved. {{note}}

Sign in to your partner portal with your code {{code}} and your password: {{portalLink}}
Share your tracking link to start earning: {{trackingLink}}
`,
  },
  REJECTED: {
    subject: 'Your partner application',
    body: `Hi {{name}},

thank you for your interest. We are not able to accept your partner application at this time. {{note}}
`,
  },
  FIRST_COMMISSION: {
    subject: 'You earned your first commission',
    body: `Hi {{name}},

congratulations: you earned your first commission of {{amount}}.
See the details in your partner portal: {{portalLink}}
`,
  },
  PAYMENT_SENT: {
    subject: 'Payment sent: {{amount}}',
    body: `Hi {{name}},

we sent you a payment of {{amount}}. Your statement is in the partner portal: {{portalLink}}
`,
  },
  PASSWORD_RESET: {
    subject: 'Reset your password',
    body: `Hi {{name}},

someone (hopefully you) asked to reset your password. Choose a new one here within an hour:
{{resetLink}}

The link works once. If you did not ask for it, ignore this email: your password stays as it is.
`,
  },
  ADMIN_INVITE: {
    subject: 'You are invited to the admin console of {{programName}}',
    body: `Hi,

{{invitedBy}} invites you to run the partner program with them, as {{role}}.
Choose your name and password here within seven days:
{{inviteLink}}

The link works once. If you did not expect it, ignore this email.
`,
  },
};
