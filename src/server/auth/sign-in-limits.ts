import type { AppContext } from '../context.ts';
import type { ThrottleRule } from './throttle.ts';

// Which counters a sign-in attempt claims (see throttle.ts for how they count). All keys are keyed
// hashes: the table holds no user names and no addresses.

/** The slowdown starts at 5 seconds and doubles with each further failure, up to 15 minutes. */
export const ACCOUNT_SLOWDOWN = { baseSeconds: 5, maxSeconds: 900 } as const;

/** The account as typed (lower case), so unknown and known accounts are counted alike. */
export function loginKey(ctx: AppContext, username: string) {
  return `login:${ctx.cipher.blindIndex(username.toLowerCase(), 'sign-in-failures')}`;
}

function clientKey(ctx: AppContext, ip: string) {
  return `login-ip:${ctx.cipher.blindIndex(ip, 'sign-in-failures')}`;
}

export type SignInCounters = { rules: ThrottleRule[]; clearedOnSuccess: string[]; refunded: string[] };

export function signInCounters(
  ctx: AppContext,
  input: { username: string; ip: string; trustedDeviceId: string | null },
): SignInCounters {
  const { maxFailures, windowSeconds } = ctx.config.login;
  const account = loginKey(ctx, input.username);
  if (input.trustedDeviceId) {
    // A known device of this account: only its own cap. The address and the account-wide brake are
    // what a stranger can fill up; the owner's device must not depend on them.
    const device = `${account}:device:${ctx.cipher.blindIndex(input.trustedDeviceId, 'sign-in-failures')}`;
    return {
      rules: [{ kind: 'cap', key: device, max: maxFailures, windowSeconds }],
      clearedOnSuccess: [device, account],
      refunded: [],
    };
  }
  const client = clientKey(ctx, input.ip);
  const accountOnClient = `${account}:client:${client.slice('login-ip:'.length)}`;
  return {
    rules: [
      { kind: 'cap', key: accountOnClient, max: maxFailures, windowSeconds },
      // Ten times the per-account cap, against spraying many accounts from one address.
      { kind: 'cap', key: client, max: maxFailures * 10, windowSeconds },
      { kind: 'slowdown', key: account, freeFailures: maxFailures, ...ACCOUNT_SLOWDOWN },
    ],
    clearedOnSuccess: [accountOnClient, account],
    refunded: [client],
  };
}

/** A per-account cap for second-factor codes, step-up passwords and password changes. */
export function accountCap(ctx: AppContext, purpose: string, userId: string): ThrottleRule {
  return {
    kind: 'cap',
    key: `${purpose}:${userId}`,
    max: ctx.config.login.maxFailures,
    windowSeconds: ctx.config.login.windowSeconds,
  };
}
