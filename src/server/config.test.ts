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
      HAVEN_TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      port: 9000,
      country: 'MD',
      session: { idleSeconds: 300, absoluteSeconds: 28_800 },
      mfaRequiredRoles: [],
      trustProxy: true,
    });
    expect(config.login.maxFailures).toBe(3);
  });
});
