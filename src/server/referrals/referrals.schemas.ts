import { z } from 'zod';
import { text } from '../http/text.ts';
import { SERVICE_KIND_CODES } from '../../domain/directory/service-kinds.ts';
import {
  PACKAGE_FIELD_NAMES,
  REFERRAL_EVENTS,
  REFERRAL_STATES,
  URGENCIES,
} from '../../domain/referrals/index.ts';
import { ReferralReason } from '../../domain/vocabularies/case.ts';

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const requiredText = (max: number) => text().trim().min(1).max(max);

export const SERVICE_OUTCOMES = ['delivered', 'partly-delivered', 'not-delivered'] as const;

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const referralIdParams = z.strictObject({ id: z.uuid() });

export const newReferralBody = z.strictObject({
  serviceId: z.uuid(),
  urgency: z.enum(URGENCIES),
  /** HTCDS ReferralReason. */
  reason: z.enum(ReferralReason),
  /** For the receiving agency; encrypted at rest. */
  note: requiredText(2000).optional(),
  /** Narrows the type's package; omitted = the type's suggested package. Never beyond its maximum. */
  packageFields: z
    .array(z.enum(PACKAGE_FIELD_NAMES as [string, ...string[]]))
    .min(1)
    .max(20)
    .optional(),
  /** Send without consent: the referral waits for a second person to approve the override. */
  overrideReason: requiredText(2000).optional(),
});
export type NewReferral = z.infer<typeof newReferralBody>;

export const consentQuery = z.strictObject({ agencyId: z.uuid() });
export const consentAnswer = z.object({ allowed: z.boolean() });

export const listQuery = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']).optional(),
  state: z.enum(REFERRAL_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const reasonBody = z.strictObject({ reason: requiredText(2000) });
export const outcomeBody = z.strictObject({ outcome: requiredText(2000) });
export const emptyBody = z.strictObject({});

export const newServiceDeliveredBody = z.strictObject({
  serviceKind: z.enum(SERVICE_KIND_CODES),
  deliveredOn: isoDate,
  outcome: z.enum(SERVICE_OUTCOMES),
  note: requiredText(2000).optional(),
});
export const newCaseServiceDeliveredBody = newServiceDeliveredBody.extend({
  /** The assistance-plan goal this service works towards (contract C6). */
  planGoalId: z.uuid().optional(),
});
export type NewServiceDelivered = z.infer<typeof newCaseServiceDeliveredBody>;

export const serviceDelivered = z.object({
  id: text(),
  referralId: text().nullable(),
  serviceKind: text(),
  deliveredOn: text(),
  agencyId: text(),
  agencyName: text().nullable(),
  userId: text(),
  userName: text().nullable(),
  outcome: z.enum(SERVICE_OUTCOMES),
  note: text().nullable(),
  planGoalId: text().nullable(),
  createdAt: text(),
  version: z.number(),
});
export type ServiceDelivered = z.infer<typeof serviceDelivered>;
export const serviceDeliveredList = z.object({ items: z.array(serviceDelivered) });

export const referral = z.object({
  id: text(),
  /** The sender's case: null for the receiving side, which never reads the sender's case. */
  caseId: text().nullable(),
  caseCode: text().nullable(),
  /**
   * The child as the package sent it (age band and gender, when the sender shared the identity basics):
   * what lets a receiving agency tell its referrals apart without the sender's case. Null otherwise.
   */
  child: z.object({ ageBand: text(), gender: text() }).nullable(),
  serviceId: text(),
  serviceName: text().nullable(),
  serviceKind: text(),
  senderAgencyId: text(),
  senderAgencyName: text().nullable(),
  senderUserId: text(),
  senderName: text().nullable(),
  recipientAgencyId: text(),
  recipientAgencyName: text().nullable(),
  urgency: z.enum(URGENCIES),
  reason: z.enum(ReferralReason),
  note: text().nullable(),
  state: z.enum(REFERRAL_STATES),
  packageFields: z.array(text()),
  /** Only the sending side sees why consent was overridden. */
  overrideReason: text().nullable(),
  declineReason: text().nullable(),
  outcome: text().nullable(),
  cancelReason: text().nullable(),
  sentAt: text().nullable(),
  dueAt: text().nullable(),
  overdue: z.boolean(),
  answeredAt: text().nullable(),
  closedAt: text().nullable(),
  /** The receiving agency's own case opened from this referral (shown to the receiving side only). */
  recipientCaseId: text().nullable(),
  side: z.enum(['sender', 'recipient', 'both']),
  allowedEvents: z.array(z.enum(REFERRAL_EVENTS)),
  mayOpenCase: z.boolean(),
  mayRecordService: z.boolean(),
  createdAt: text(),
  version: z.number(),
});
export type Referral = z.infer<typeof referral>;

export const referralDetail = referral.extend({
  /** The frozen package exactly as sent (null until sent). Keys are package fields. */
  package: z.record(text(), z.unknown()).nullable(),
  events: z.array(
    z.object({
      seq: z.number(),
      type: text(),
      fromState: text().nullable(),
      toState: text(),
      at: text(),
      actorAgencyName: text().nullable(),
    }),
  ),
  services: z.array(serviceDelivered),
});
export type ReferralDetail = z.infer<typeof referralDetail>;

export const referralList = z.object({ items: z.array(referral) });
