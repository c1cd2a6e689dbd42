import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { sameSecret } from './tokens.ts';

// A browser that completed a sign-in to an account gets a signed "known device" cookie for that
// account. At the next sign-in it skips the account-wide slowdown (and the per-address cap), and has a
// failure cap of its own: a stranger elsewhere can slow an account down, but cannot keep its owner
// out of the devices the owner already uses (ASVS 6.3.1). The cookie proves only "this browser signed
// in to this account before"; it is no credential, and a password is still needed.

export const DEVICE_COOKIE = 'haven_device';
const LIFETIME_SECONDS = 90 * 86_400;
const FORMAT = /^v1\.([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function mac(ctx: AppContext, accountKey: string, deviceId: string, expires: number): string {
  return ctx.cipher.blindIndex(`${accountKey}\u0000${deviceId}\u0000${expires}`, 'trusted-device');
}

/** The device id when the cookie was signed by this node for this account and has not expired. */
export function trustedDeviceOf(ctx: AppContext, request: FastifyRequest, accountKey: string): string | null {
  const value = request.cookies[DEVICE_COOKIE];
  const match = value ? FORMAT.exec(value) : null;
  if (!match) return null;
  const [, deviceId, expiresText, signature] = match as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  if (expires * 1000 <= Date.now()) return null;
  return sameSecret(signature, mac(ctx, accountKey, deviceId, expires)) ? deviceId : null;
}

export function setTrustedDevice(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  accountKey: string,
): void {
  // A device keeps its id across sign-ins, so its own failure counter stays one counter.
  const deviceId = trustedDeviceOf(ctx, request, accountKey) ?? randomBytes(16).toString('base64url');
  const expires = Math.floor(Date.now() / 1000) + LIFETIME_SECONDS;
  reply.setCookie(DEVICE_COOKIE, `v1.${deviceId}.${expires}.${mac(ctx, accountKey, deviceId, expires)}`, {
    path: '/api/auth',
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    maxAge: LIFETIME_SECONDS,
  });
}
