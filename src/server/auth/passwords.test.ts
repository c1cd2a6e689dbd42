import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('password policy', () => {
  it.each([
    ['short', 'too_short'],
    ['x'.repeat(129), 'too_long'],
    ['password1234', 'common'],
    ['Password2024!', 'common'],
    ['qwertyuiop12', 'common'],
    ['123456789012', 'common'],
    ['aaaaaaaaaaaaaaaa', 'common'],
    ['ukraine12345', 'common'],
    ['my-name-is-olena.k-ok', 'contains_username'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(passwordProblem(password, 'olena.k')).toBe(problem);
  });

  it.each(['correct horse battery staple', 'вишня-сонце-ріка', 'Tramvaiul 3 merge spre Botanica'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, 'olena.k')).toBeNull();
    },
  );

  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('a-long-and-unusual-passphrase');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'a-long-and-unusual-passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a-long-and-unusual-passphrasE')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
