import { ALL_ROLES, type Endpoint, EVERYONE, type Targets } from './types.ts';

export function foundationEndpoints(t: Targets): Endpoint[] {
  const user = `/api/admin/users/${t.userId}`;
  const agency = `/api/admin/agencies/${t.agencyId}`;
  return [
    { method: 'GET', path: '/api/health', allowed: EVERYONE },
    { method: 'GET', path: '/api/ready', allowed: EVERYONE },
    {
      method: 'POST',
      path: '/api/auth/login',
      body: { username: 'nobody-here', password: 'wrong-password-1' },
      allowed: EVERYONE,
    },
    { method: 'GET', path: '/api/me', allowed: ALL_ROLES },
    { method: 'PUT', path: '/api/me/preferences', body: { locale: 'ro' }, allowed: ALL_ROLES },
    {
      method: 'POST',
      path: '/api/auth/mfa/enrol',
      body: { password: 'not-the-password-1' },
      allowed: ALL_ROLES,
    },
    { method: 'GET', path: '/api/auth/passkeys', allowed: ALL_ROLES },
    {
      method: 'POST',
      path: '/api/auth/passkeys/registration/options',
      body: { password: 'not-the-password-1' },
      allowed: ALL_ROLES,
    },
    {
      method: 'POST',
      path: '/api/auth/passkeys/registration',
      body: {
        name: 'x',
        response: {
          id: 'AA',
          rawId: 'AA',
          type: 'public-key',
          clientExtensionResults: {},
          response: { clientDataJSON: 'AA', attestationObject: 'AA' },
        },
      },
      allowed: ALL_ROLES,
    },
    { method: 'POST', path: '/api/auth/passkeys/authentication/options', body: {}, allowed: ALL_ROLES },
    {
      method: 'POST',
      path: '/api/auth/passkeys/authentication',
      body: {
        response: {
          id: 'AA',
          rawId: 'AA',
          type: 'public-key',
          clientExtensionResults: {},
          response: { clientDataJSON: 'AA', authenticatorData: 'AA', signature: 'AA' },
        },
      },
      allowed: ALL_ROLES,
    },
    {
      method: 'POST',
      path: '/api/auth/passkeys/00000000-0000-4000-8000-000000000000/remove',
      body: { password: 'not-the-password-1' },
      allowed: ALL_ROLES,
    },
    {
      method: 'POST',
      path: '/api/auth/mfa/totp/remove',
      body: { password: 'not-the-password-1' },
      allowed: ALL_ROLES,
    },
    { method: 'POST', path: '/api/auth/mfa/enrol/confirm', body: { code: '000000' }, allowed: ALL_ROLES },
    { method: 'POST', path: '/api/auth/mfa/verify', body: { code: '000000' }, allowed: ALL_ROLES },
    {
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: 'not-the-current-one', newPassword: 'x' },
      allowed: ALL_ROLES,
    },
    { method: 'GET', path: '/api/agencies', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/units', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/agency-kinds', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/vocabularies', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/admin/users', allowed: ['admin'] },
    { method: 'GET', path: user, allowed: ['admin'] },
    {
      method: 'POST',
      path: '/api/admin/users',
      body: { username: 'x', displayName: 'x', agencyId: null, roles: [], password: 'x' },
      allowed: ['admin'],
    },
    { method: 'PATCH', path: user, body: { displayName: 'Renamed' }, allowed: ['admin'], ifMatch: true },
    {
      method: 'POST',
      path: `${user}/reset-password`,
      body: { password: 'x' },
      allowed: ['admin'],
      ifMatch: true,
    },
    { method: 'POST', path: `${user}/disable`, allowed: ['admin'], ifMatch: true },
    { method: 'POST', path: `${user}/enable`, allowed: ['admin'], ifMatch: true },
    { method: 'POST', path: `${user}/reset-mfa`, allowed: ['admin'], ifMatch: true },
    {
      method: 'POST',
      path: '/api/admin/agencies',
      body: { name: 'x', kind: 'ngo', unitCodes: ['UA-30'] },
      allowed: ['admin'],
    },
    { method: 'PATCH', path: agency, body: { name: 'Renamed agency' }, allowed: ['admin'], ifMatch: true },
    {
      method: 'GET',
      path: `/api/audit/access-log?entityType=user&entityId=${t.userId}`,
      allowed: ['supervisor', 'localcoord', 'coordinator', 'admin'],
    },
  ];
}
