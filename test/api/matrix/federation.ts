import { randomUUID } from 'node:crypto';
import { EVERYONE, type Endpoint, type Who } from './types.ts';

// The federation (issue 13): the node's plumbing belongs to the administrator; the delivery endpoint and
// the public identity are open to anyone, because signatures, not sessions, decide what is accepted.
const ADMIN: Who[] = ['admin'];

export function federationEndpoints(): Endpoint[] {
  return [
    { method: 'POST', path: '/api/federation/messages', body: { token: 'not-a-token' }, allowed: EVERYONE },
    { method: 'GET', path: '/api/federation/identity', allowed: EVERYONE },
    { method: 'GET', path: '/api/admin/federation/peers', allowed: ADMIN },
    {
      method: 'POST',
      path: '/api/admin/federation/peers',
      body: { country: 'MD', nodeAddress: null, signingKey: {}, encryptionKey: {} },
      allowed: ADMIN,
    },
    {
      method: 'POST',
      path: '/api/admin/federation/peers/MD/confirm',
      body: { fingerprint: 'AAAA-AAAA' },
      allowed: ADMIN,
      ifMatch: true,
    },
    {
      method: 'POST',
      path: '/api/admin/federation/peers/MD/revoke',
      body: {},
      allowed: ADMIN,
      ifMatch: true,
    },
    { method: 'GET', path: '/api/admin/federation/outbox', allowed: ADMIN },
    { method: 'POST', path: `/api/admin/federation/outbox/${randomUUID()}/retry`, body: {}, allowed: ADMIN },
    { method: 'GET', path: '/api/admin/federation/inbox', allowed: ADMIN },
    { method: 'POST', path: '/api/admin/federation/test-messages', body: { to: 'MD' }, allowed: ADMIN },
  ];
}
