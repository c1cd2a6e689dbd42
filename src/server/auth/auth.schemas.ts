import { z } from 'zod';
import { ROLES, SCOPES } from '../policy/policy.ts';

export const LOCALES = ['en', 'uk', 'ru', 'ro', 'be'] as const;

export const loginBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
});

export const loginResponse = z.object({ next: z.enum(['done', 'mfa-challenge', 'mfa-enrol']) });

export const mfaEnrolResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
});
export const mfaConfirmBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') });
export const mfaConfirmResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const mfaVerifyBody = z.union([
  z.strictObject({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') }),
  z.strictObject({ recoveryCode: z.string().min(10).max(20) }),
]);

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const grantSchema = z.strictObject({
  role: z.enum(ROLES),
  scope: z.enum(SCOPES),
  unitCode: z.string().max(64).nullable(),
});

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    locale: z.enum(LOCALES),
    agencyId: z.string().nullable(),
    agencyName: z.string().nullable(),
    country: z.enum(['UA', 'MD', 'BY']),
    mfaEnabled: z.boolean(),
    mfaRequired: z.boolean(),
  }),
  roles: z.array(grantSchema),
  allowedActions: z.array(z.string()),
  fieldGroups: z.array(z.string()),
  session: z.object({
    idleTimeoutSeconds: z.number(),
    idleExpiresAt: z.string(),
    absoluteExpiresAt: z.string(),
  }),
});

export const preferencesBody = z.strictObject({ locale: z.enum(LOCALES) });
