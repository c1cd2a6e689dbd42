import { z } from 'zod';
import { text } from '../http/text.ts';
import { ROLES, SCOPES } from '../policy/policy.ts';

export const LOCALES = ['en', 'uk', 'ru', 'ro', 'be'] as const;

export const loginBody = z.strictObject({
  username: text().min(1).max(100),
  password: text().min(1).max(1024),
});

export const loginResponse = z.object({ next: z.enum(['done', 'mfa-challenge', 'mfa-enrol']) });

export const mfaEnrolResponse = z.object({
  secret: text(),
  otpauthUri: text(),
  qrDataUrl: text(),
});
export const mfaConfirmBody = z.strictObject({ code: text().regex(/^\d{6}$/, 'must be 6 digits') });
export const mfaConfirmResponse = z.object({ recoveryCodes: z.array(text()) });
export const mfaVerifyBody = z.union([
  z.strictObject({ code: text().regex(/^\d{6}$/, 'must be 6 digits') }),
  z.strictObject({ recoveryCode: text().min(10).max(20) }),
]);

/** Step-up: the password again, for changes to how the account signs in. */
export const stepUpBody = z.strictObject({ password: text().min(1).max(1024) });

export const passwordChangeBody = z.strictObject({
  currentPassword: text().min(1).max(1024),
  newPassword: text().min(1).max(1024),
});

export const grantSchema = z.strictObject({
  role: z.enum(ROLES),
  scope: z.enum(SCOPES),
  unitCode: text().max(64).nullable(),
});

export const meResponse = z.object({
  user: z.object({
    id: text(),
    username: text(),
    displayName: text(),
    locale: z.enum(LOCALES),
    agencyId: text().nullable(),
    agencyName: text().nullable(),
    country: z.enum(['UA', 'MD', 'BY']),
    mfaEnabled: z.boolean(),
    mfaRequired: z.boolean(),
    totpEnabled: z.boolean(),
    passkeyCount: z.number().int(),
    passkeyRequired: z.boolean(),
    mustChangePassword: z.boolean(),
  }),
  roles: z.array(grantSchema),
  allowedActions: z.array(text()),
  fieldGroups: z.array(text()),
  session: z.object({
    idleTimeoutSeconds: z.number(),
    idleExpiresAt: text(),
    absoluteExpiresAt: text(),
  }),
});

export const preferencesBody = z.strictObject({ locale: z.enum(LOCALES) });
