import { z } from 'zod';
import { fail } from '../errors/app-error.js';

const Email = z.email();

/** Trims and lower-cases an email address and checks its form. */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !Email.safeParse(email).success) {
    fail('EMAIL_INVALID', 'Enter a valid email address.', field);
  }
  return email;
}
