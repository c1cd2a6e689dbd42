import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IssuedSession } from './auth.service.ts';

export const SESSION_COOKIE = 'haven_session';
export const CSRF_COOKIE = 'haven_csrf';

// Secure + SameSite=Strict + HttpOnly for the session. Browsers treat http://localhost as a secure
// context, so the demo works without TLS while production cookies never travel in clear text.
const BASE = { path: '/', secure: true, sameSite: 'strict' as const };

export function setSessionCookies(reply: FastifyReply, session: IssuedSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, { ...BASE, httpOnly: true });
  // Readable by the web app, which echoes it in the x-csrf-token header (double submit).
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...BASE, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { ...BASE, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...BASE, httpOnly: false });
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}
