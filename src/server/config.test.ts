import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults a newcomer can run with', () => {
    const config = parseConfig({});
    expect(config.port).toBe(8080);
    expect(config.country).toBe('UA');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.session).toEqual({ idleSeconds: 900, absoluteSeconds: 43_200 });
    expect(config.mfaRequiredRoles).toEqual(['coordinator', 'admin']);
    expect(config.trustProxy).toBe(false);
    expect(config.passkeyRequiredRoles).toEqual([]);
  });

  it('trusts a hop count or a list of proxy addresses, never every hop', () => {
    expect(parseConfig({ HAVEN_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ HAVEN_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback,::1' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'loopback',
      '::1',
    ]);
    expect(() => parseConfig({ HAVEN_TRUST_PROXY: 'true' })).toThrow(/trust every hop/);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['HAVEN_COUNTRY', 'PL'],
    ['DATABASE_URL', 'mysql://x'],
    ['HAVEN_DEMO_PASSWORD', 'short'],
    ['HAVEN_SESSION_IDLE_MINUTES', '0'],
    ['HAVEN_MFA_REQUIRED_ROLES', 'admin,wizard'],
    ['HAVEN_TRUST_PROXY', 'yes'],
    ['HAVEN_TRUST_PROXY', 'true'],
    ['HAVEN_TRUST_PROXY', '0'],
    ['HAVEN_TRUST_PROXY', '10.0.0.1,not-an-address'],
    ['HAVEN_TRUST_PROXY', '10.0.0.0/33'],
    ['HAVEN_PASSKEY_REQUIRED_ROLES', 'wizard'],
    ['HAVEN_WEBAUTHN_ORIGIN', 'https://haven.example.org/path'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('reads every documented variable', () => {
    const config = parseConfig({
      PORT: '9000',
      HAVEN_COUNTRY: 'MD',
      HAVEN_SESSION_IDLE_MINUTES: '5',
      HAVEN_SESSION_ABSOLUTE_HOURS: '8',
      HAVEN_MFA_REQUIRED_ROLES: 'none',
      HAVEN_LOGIN_MAX_FAILURES: '3',
      HAVEN_TRUST_PROXY: '2',
      HAVEN_PASSKEY_REQUIRED_ROLES: 'admin',
      HAVEN_PUBLIC_URL: 'https://haven.example.org',
    });
    expect(config).toMatchObject({
      port: 9000,
      country: 'MD',
      session: { idleSeconds: 300, absoluteSeconds: 28_800 },
      trustProxy: 2,
      // A passkey role needs two steps even when the two-step list says none.
      mfaRequiredRoles: ['admin'],
      passkeyRequiredRoles: ['admin'],
      webauthn: { rpId: 'haven.example.org', origin: 'https://haven.example.org' },
    });
    expect(config.login.maxFailures).toBe(3);
  });
});
