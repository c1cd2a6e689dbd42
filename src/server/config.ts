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
  HAVEN_MFA_REQUIRED_ROLES: z
    .string()
    .optional()
    .default('coordinator,admin')
    // "none" turns the requirement off (tests, or a node that enforces MFA at its identity provider).
    .transform((v) =>
      v.trim() === 'none'
        ? []
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLE_NAMES))),
  HAVEN_LOGIN_MAX_FAILURES: positiveInt(5),
  HAVEN_LOGIN_WINDOW_SECONDS: positiveInt(60),
  HAVEN_BODY_LIMIT_BYTES: positiveInt(1_048_576),
  HAVEN_TRUST_PROXY: z
    .enum(['true', 'false'])
    .optional()
    .default('false')
    .transform((v) => v === 'true'),
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
  mfaRequiredRoles: ReadonlyArray<(typeof ROLE_NAMES)[number]>;
  login: { maxFailures: number; windowSeconds: number };
  bodyLimitBytes: number;
  trustProxy: boolean;
  /** E-mail of notices; null when not configured (no e-mail is sent). */
  smtp: { url: string; from: string } | null;
  publicUrl: string;
  logLevel: string;
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
    mfaRequiredRoles: e.HAVEN_MFA_REQUIRED_ROLES,
    login: { maxFailures: e.HAVEN_LOGIN_MAX_FAILURES, windowSeconds: e.HAVEN_LOGIN_WINDOW_SECONDS },
    bodyLimitBytes: e.HAVEN_BODY_LIMIT_BYTES,
    trustProxy: e.HAVEN_TRUST_PROXY,
    smtp: e.HAVEN_SMTP_URL && e.HAVEN_SMTP_FROM ? { url: e.HAVEN_SMTP_URL, from: e.HAVEN_SMTP_FROM } : null,
    publicUrl: (e.HAVEN_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
  };
}
