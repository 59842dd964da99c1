import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface ReceivedMail {
  to: string;
  /** The raw message (headers and body). */
  raw: string;
}

/** Every message the test SMTP server has received so far. */
export function receivedMail(): ReceivedMail[] {
  const dir = inject('mailDir');
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const to = /^X-Envelope-To: (.*)$/m.exec(raw)?.[1]?.trim() ?? '';
      return { to, raw };
    });
}

/** Waits for a message to `to` whose raw text matches `match`. */
export async function waitForMail(to: string, match: RegExp, timeoutMs = 20_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = receivedMail().find((mail) => mail.to.split(',').includes(to) && match.test(mail.raw));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email to ${to} matching ${match} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
