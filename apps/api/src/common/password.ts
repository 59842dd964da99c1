import argon2 from 'argon2';
import { fail } from '../errors/app-error.js';

/** Password rule for admins and partners: 10 to 200 characters, not only letters or only digits. */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < 10 || password.length > 200) {
    fail('PASSWORD_WEAK', 'A password has 10 to 200 characters.', field);
  }
  if (/^[a-zA-Z]+$/.test(password) || /^\d+$/.test(password)) {
    fail('PASSWORD_WEAK', 'Use more than letters only or digits only in a password.', field);
  }
}

/** argon2id with the library's defaults (OWASP-compliant memory and time cost). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Constant-time verification; a malformed hash counts as a mismatch. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/** Spends the same time as a real check when the account does not exist, so sign-in does not leak emails. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummyHash, password);
  return false;
}
