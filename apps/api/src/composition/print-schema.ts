import { lexicographicSortSchema, printSchema } from 'graphql';
import { createInProcessEventBus } from '../events/event-bus.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { createSchema } from './schema.js';
import { Mailer } from '../modules/emails/mailer.service.js';
import { RateLimit } from '../common/rate-limit.js';
import { LocalDiskStorage } from '../storage/local-disk-storage.js';
import { WebhookDispatcher } from '../modules/webhooks/webhook-dispatcher.js';

/** The schema as SDL, sorted, exactly as committed in apps/api/schema.graphql. */
export async function printSchemaText(): Promise<string> {
  const schema = await createSchema({
    auth: new AuthService({ idleMs: 1, absoluteMs: 1 }),
    events: createInProcessEventBus(),
    cookies: { secure: false, sameSite: 'lax' },
    mailer: new Mailer({ publicUrl: 'http://localhost', from: 'schema@localhost' }),
    signupLimits: { signups: new RateLimit(1, 1), codeChecks: new RateLimit(1, 1) },
    ipHashSecret: 'schema-only-secret',
    // Never written to: printing the schema stores nothing.
    files: { storage: new LocalDiskStorage('.data/files'), limits: { bannerBytes: 1, fileBytes: 1 } },
    webhooks: {
      dispatcher: new WebhookDispatcher({ allowPrivateTargets: false }),
      allowPrivateTargets: false,
    },
  });
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
