import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords.ts';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes): about 30–60 ms here.
// `algorithm: 2` is Algorithm.Argon2id: the package exports it as a const enum, which isolated modules cannot read.
const ARGON2_OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so that "no such user" costs the same time as
// "wrong password" and cannot be told apart by timing.
let dummyHash: Promise<string> | undefined;
export async function burnEquivalentTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('haven-timing-equaliser-not-a-password');
  await verifyPassword(await dummyHash, password);
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_username';

/** Length and blocklist rules (NIST SP 800-63B): no composition rules, no periodic expiry. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  if (isCommonPassword(password)) return 'common';
  if (username && username.length >= 4 && password.toLowerCase().includes(username.toLowerCase())) {
    return 'contains_username';
  }
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `The password must have at least ${PASSWORD_MIN} characters.`,
  too_long: `The password must have at most ${PASSWORD_MAX} characters.`,
  common: 'This password is too common or too easy to guess. Choose another, such as a few unrelated words.',
  contains_username: 'The password must not contain the user name.',
};
