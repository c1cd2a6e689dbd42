import { z } from 'zod';
import { text } from '../http/text.ts';

// The consent ledger: per purpose, the child's assent and the guardian's consent recorded separately,
// with how the child was told, an optional expiry and withdrawal. The state is derived, never stored.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const CONSENT_PURPOSES = [
  'assistance',
  'data-processing',
  'referral',
  'cross-border-sharing',
  'research',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const HOW_INFORMED = [
  'orally-in-own-language',
  'written-child-friendly',
  'with-interpreter',
  'with-guardian',
  'other',
] as const;

export const CONSENT_STATES = ['active', 'expired', 'withdrawn', 'incomplete'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const consentParams = z.strictObject({ id: z.uuid(), consentId: z.uuid() });

export const childAssent = z.strictObject({
  given: z.boolean(),
  date: isoDate,
  howInformed: z.enum(HOW_INFORMED),
});

/**
 * Given by the guardian recorded on the case (CETS 197 Art. 10(4)): no name is typed here, the ledger
 * points at the guardian's person record (refused with guardian_not_recorded when there is none).
 */
export const guardianConsentInput = z.strictObject({
  given: z.boolean(),
  date: isoDate,
});

export const newConsentBody = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  recipientAgencyId: z.uuid().optional(),
  childAssent,
  guardianConsent: guardianConsentInput.nullable().default(null),
  expiresOn: isoDate.optional(),
});
export type NewConsent = z.infer<typeof newConsentBody>;

export const withdrawBody = z.strictObject({ reason: text().trim().min(1).max(2000) });

export const consent = z.object({
  id: text(),
  purpose: z.enum(CONSENT_PURPOSES),
  recipientAgencyId: text().nullable(),
  recipientAgencyName: text().nullable(),
  childAssent: z.object({ given: z.boolean(), date: text(), howInformed: z.enum(HOW_INFORMED) }),
  guardianConsent: z
    .object({
      given: z.boolean(),
      date: text(),
      /** The guardian's name at the time (identity group only). */
      givenBy: text().nullable(),
      guardianPersonId: text().nullable(),
    })
    .nullable(),
  expiresOn: text().nullable(),
  withdrawnAt: text().nullable(),
  state: z.enum(CONSENT_STATES),
  recordedBy: text(),
  recordedAt: text(),
  version: z.number(),
});
export type Consent = z.infer<typeof consent>;

export const consentList = z.object({ items: z.array(consent) });
