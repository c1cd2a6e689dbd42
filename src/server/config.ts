import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

// Configuration is read once, from the environment, at start-up. A bad value stops the process with a
// message naming the variable: a misconfigured node must not half-start.

const ROLE_NAMES = [
  'caseworker',
  'supervisor',
  'police',
  'provider',
  'localcoord',
  'coordinator',
  'analyst',
  'admin',
] as const;

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** A comma list of role names, or "none" for no role at all. */
const roleList = (fallback: string) =>
  z
    .string()
    .optional()
    .default(fallback)
    .transform((v) =>
      v.trim() === 'none'
        ? []
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLE_NAMES)));

const positiveInt = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n > 0, 'must be greater than 0')
    .optional()
    .transform((v) => v ?? fallback);

const environmentSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a port number')
    .transform(Number)
    .refine((n) => n >= 0 && n < 65536, 'must be between 0 and 65535')
    .optional()
    .transform((v) => v ?? 8080),
  HOST: z.string().min(1).optional().default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  HAVEN_DATA_DIR: z.string().min(1).optional().default('./data'),
  /** Where the built web app is served from (default dist/web); lets tests serve a build of their own. */
  HAVEN_WEB_ROOT: z.string().min(1).optional(),
  HAVEN_KEY_FILE: z.string().min(1).optional(),
  /** The key ring itself as JSON, for platforms that inject secrets as environment variables. */
  HAVEN_KEYS: z.string().min(1).optional(),
  HAVEN_COUNTRY: z.enum(['UA', 'MD', 'BY']).optional().default('UA'),
  HAVEN_DEMO_PASSWORD: z
    .string()
    .min(12, 'must be at least 12 characters')
    .max(128, 'must be at most 128 characters')
    .optional(),
  HAVEN_SESSION_IDLE_MINUTES: positiveInt(15),
  HAVEN_SESSION_ABSOLUTE_HOURS: positiveInt(12),
  HAVEN_MFA_REQUIRED_ROLES: roleList('coordinator,admin'),
  /** Roles whose second step must be a passkey (phishing-resistant); "none" by default. */
  HAVEN_PASSKEY_REQUIRED_ROLES: roleList('none'),
  /** WebAuthn relying-party id (a domain); default: the host name of HAVEN_PUBLIC_URL. */
  HAVEN_WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'must be a domain name such as haven.example.org')
    .optional(),
  /** The origin passkeys are used from; default: the origin of HAVEN_PUBLIC_URL. */
  HAVEN_WEBAUTHN_ORIGIN: z
    .string()
    .regex(/^https?:\/\/[^\s/]+$/, 'must be an origin such as https://haven.example.org (no path)')
    .optional(),
  HAVEN_LOGIN_MAX_FAILURES: positiveInt(5),
  HAVEN_LOGIN_WINDOW_SECONDS: positiveInt(60),
  HAVEN_BODY_LIMIT_BYTES: positiveInt(1_048_576),
  /** How long a break-glass access to a case outside one's scope lasts (hours, default 4). */
  HAVEN_BREAK_GLASS_HOURS: positiveInt(4),
  /**
   * Which proxies may speak for the client in X-Forwarded-For: "false" (none, the default), a hop count
   * ("1" = one proxy in front), or a comma list of proxy addresses / CIDR ranges (or loopback,
   * linklocal, uniquelocal). "true" is refused: trusting every hop lets a client pick its own address
   * and walk around the per-client sign-in limit.
   */
  HAVEN_TRUST_PROXY: z
    .string()
    .optional()
    .default('false')
    .transform((v, issue) => {
      const value = v.trim();
      if (value === 'false') return false as const;
      if (/^\d+$/.test(value)) {
        const hops = Number(value);
        if (hops >= 1 && hops <= 10) return hops;
      }
      const entries = value.split(',').map((s) => s.trim());
      if (value !== 'true' && entries.length > 0 && entries.every(isProxyAddress)) return entries;
      issue.addIssue({
        code: 'custom',
        message:
          'must be false, a number of proxy hops (1-10), or a comma list of proxy addresses or CIDR ranges; "true" (trust every hop) is not accepted',
      });
      return z.NEVER;
    }),
  /** Optional e-mail of notices: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (TLS). */
  HAVEN_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+$/, 'must be smtp://[user:pass@]host[:port] or smtps://…')
    .refine((v) => URL.canParse(v) && new URL(v).hostname !== '', 'must be a valid smtp:// URL')
    .optional(),
  /** The sender address of notices; required with HAVEN_SMTP_URL. */
  HAVEN_SMTP_FROM: z
    .string()
    .regex(/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/, 'must be an e-mail address')
    .optional(),
  /** The address users open the node at, for links in e-mails (default http://HOST:PORT). */
  HAVEN_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL')
    .optional(),
  /** "node" (a country's national node, the default) or "hub" (the regional hub: relays, holds no case). */
  HAVEN_ROLE: z.enum(['node', 'hub']).optional().default('node'),
  /** The node's federation key pairs (signing and encryption); default <data dir>/federation-keys.json. */
  HAVEN_FEDERATION_KEY_FILE: z.string().min(1).optional(),
  /** How far a peer's clock may be from ours before its deliveries are refused (seconds, default 300). */
  HAVEN_FEDERATION_CLOCK_SKEW_SECONDS: positiveInt(300),
  /** Delivery attempts before a message is marked failed and waits for an administrator (default 8). */
  HAVEN_FEDERATION_MAX_ATTEMPTS: positiveInt(8),
  /** First retry delay; each further retry doubles it, up to one hour (milliseconds, default 2000). */
  HAVEN_FEDERATION_RETRY_BASE_MS: positiveInt(2000),
  /** How often the delivery worker looks for due messages (milliseconds, default 1000). */
  HAVEN_FEDERATION_POLL_MS: positiveInt(1000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webRoot: string;
  keyFile: string;
  keyRingJson: string | undefined;
  country: 'UA' | 'MD' | 'BY';
  demoPassword: string | undefined;
  session: { idleSeconds: number; absoluteSeconds: number };
  /** Roles that must sign in with two steps (including every role that must use a passkey). */
  mfaRequiredRoles: ReadonlyArray<(typeof ROLE_NAMES)[number]>;
  passkeyRequiredRoles: ReadonlyArray<(typeof ROLE_NAMES)[number]>;
  webauthn: { rpId: string; origin: string; rpName: string };
  login: { maxFailures: number; windowSeconds: number };
  bodyLimitBytes: number;
  /** Passed to Fastify: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string[];
  breakGlassSeconds: number;
  /** E-mail of notices; null when not configured (no e-mail is sent). */
  smtp: { url: string; from: string } | null;
  publicUrl: string;
  logLevel: string;
  role: 'node' | 'hub';
  federation: {
    keyFile: string;
    clockSkewSeconds: number;
    maxAttempts: number;
    retryBaseMs: number;
    pollMs: number;
  };
};

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const parsed = environmentSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `  ${name}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.HAVEN_SMTP_URL === undefined) !== (e.HAVEN_SMTP_FROM === undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  HAVEN_SMTP_FROM: HAVEN_SMTP_URL and HAVEN_SMTP_FROM go together (set both, or neither)',
    );
  }
  const dataDir = resolve(e.HAVEN_DATA_DIR);
  const publicUrl = (e.HAVEN_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    webRoot: resolve(e.HAVEN_WEB_ROOT ?? `${import.meta.dirname}/../../dist/web`),
    keyFile: resolve(e.HAVEN_KEY_FILE ?? `${dataDir}/keys.json`),
    keyRingJson: e.HAVEN_KEYS,
    country: e.HAVEN_COUNTRY,
    demoPassword: e.HAVEN_DEMO_PASSWORD,
    session: {
      idleSeconds: e.HAVEN_SESSION_IDLE_MINUTES * 60,
      absoluteSeconds: e.HAVEN_SESSION_ABSOLUTE_HOURS * 3600,
    },
    // A role that must use a passkey must use two steps: the passkey is the second step.
    mfaRequiredRoles: [...new Set([...e.HAVEN_MFA_REQUIRED_ROLES, ...e.HAVEN_PASSKEY_REQUIRED_ROLES])],
    passkeyRequiredRoles: e.HAVEN_PASSKEY_REQUIRED_ROLES,
    webauthn: {
      rpId: e.HAVEN_WEBAUTHN_RP_ID ?? new URL(publicUrl).hostname,
      origin: e.HAVEN_WEBAUTHN_ORIGIN ?? new URL(publicUrl).origin,
      rpName: 'Haven',
    },
    login: { maxFailures: e.HAVEN_LOGIN_MAX_FAILURES, windowSeconds: e.HAVEN_LOGIN_WINDOW_SECONDS },
    bodyLimitBytes: e.HAVEN_BODY_LIMIT_BYTES,
    breakGlassSeconds: e.HAVEN_BREAK_GLASS_HOURS * 3600,
    trustProxy: e.HAVEN_TRUST_PROXY,
    smtp: e.HAVEN_SMTP_URL && e.HAVEN_SMTP_FROM ? { url: e.HAVEN_SMTP_URL, from: e.HAVEN_SMTP_FROM } : null,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    role: e.HAVEN_ROLE,
    federation: {
      keyFile: resolve(e.HAVEN_FEDERATION_KEY_FILE ?? `${dataDir}/federation-keys.json`),
      clockSkewSeconds: e.HAVEN_FEDERATION_CLOCK_SKEW_SECONDS,
      maxAttempts: e.HAVEN_FEDERATION_MAX_ATTEMPTS,
      retryBaseMs: e.HAVEN_FEDERATION_RETRY_BASE_MS,
      pollMs: e.HAVEN_FEDERATION_POLL_MS,
    },
  };
}
