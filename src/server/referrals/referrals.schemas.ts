import { z } from 'zod';
import { SERVICE_KIND_CODES } from '../../domain/directory/service-kinds.ts';
import {
  PACKAGE_FIELD_NAMES,
  REFERRAL_EVENTS,
  REFERRAL_STATES,
  URGENCIES,
} from '../../domain/referrals/index.ts';
import { ReferralReason } from '../../domain/vocabularies/case.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const SERVICE_OUTCOMES = ['delivered', 'partly-delivered', 'not-delivered'] as const;

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const referralIdParams = z.strictObject({ id: z.uuid() });

export const newReferralBody = z.strictObject({
  serviceId: z.uuid(),
  urgency: z.enum(URGENCIES),
  /** HTCDS ReferralReason. */
  reason: z.enum(ReferralReason),
  /** For the receiving agency; encrypted at rest. */
  note: text(2000).optional(),
  /** Narrows the type's package; omitted = the type's suggested package. Never beyond its maximum. */
  packageFields: z
    .array(z.enum(PACKAGE_FIELD_NAMES as [string, ...string[]]))
    .min(1)
    .max(20)
    .optional(),
  /** Send without consent: the referral waits for a second person to approve the override. */
  overrideReason: text(2000).optional(),
});
export type NewReferral = z.infer<typeof newReferralBody>;

export const consentQuery = z.strictObject({ agencyId: z.uuid() });
export const consentAnswer = z.object({ allowed: z.boolean() });

export const listQuery = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']).optional(),
  state: z.enum(REFERRAL_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const reasonBody = z.strictObject({ reason: text(2000) });
export const outcomeBody = z.strictObject({ outcome: text(2000) });
export const emptyBody = z.strictObject({});

export const newServiceDeliveredBody = z.strictObject({
  serviceKind: z.enum(SERVICE_KIND_CODES),
  deliveredOn: isoDate,
  outcome: z.enum(SERVICE_OUTCOMES),
  note: text(2000).optional(),
});
export const newCaseServiceDeliveredBody = newServiceDeliveredBody.extend({
  /** The assistance-plan goal this service works towards (contract C6). */
  planGoalId: z.uuid().optional(),
});
export type NewServiceDelivered = z.infer<typeof newCaseServiceDeliveredBody>;

export const serviceDelivered = z.object({
  id: z.string(),
  referralId: z.string().nullable(),
  serviceKind: z.string(),
  deliveredOn: z.string(),
  agencyId: z.string(),
  agencyName: z.string().nullable(),
  userId: z.string(),
  userName: z.string().nullable(),
  outcome: z.enum(SERVICE_OUTCOMES),
  note: z.string().nullable(),
  planGoalId: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type ServiceDelivered = z.infer<typeof serviceDelivered>;
export const serviceDeliveredList = z.object({ items: z.array(serviceDelivered) });

export const referral = z.object({
  id: z.string(),
  /** The sender's case: null for the receiving side, which never reads the sender's case. */
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  serviceId: z.string(),
  serviceName: z.string().nullable(),
  serviceKind: z.string(),
  senderAgencyId: z.string(),
  senderAgencyName: z.string().nullable(),
  senderUserId: z.string(),
  senderName: z.string().nullable(),
  recipientAgencyId: z.string(),
  recipientAgencyName: z.string().nullable(),
  urgency: z.enum(URGENCIES),
  reason: z.enum(ReferralReason),
  note: z.string().nullable(),
  state: z.enum(REFERRAL_STATES),
  packageFields: z.array(z.string()),
  /** Only the sending side sees why consent was overridden. */
  overrideReason: z.string().nullable(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  cancelReason: z.string().nullable(),
  sentAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The receiving agency's own case opened from this referral (shown to the receiving side only). */
  recipientCaseId: z.string().nullable(),
  side: z.enum(['sender', 'recipient', 'both']),
  allowedEvents: z.array(z.enum(REFERRAL_EVENTS)),
  mayOpenCase: z.boolean(),
  mayRecordService: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
});
export type Referral = z.infer<typeof referral>;

export const referralDetail = referral.extend({
  /** The frozen package exactly as sent (null until sent). Keys are package fields. */
  package: z.record(z.string(), z.unknown()).nullable(),
  events: z.array(
    z.object({
      seq: z.number(),
      type: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      at: z.string(),
      actorAgencyName: z.string().nullable(),
    }),
  ),
  services: z.array(serviceDelivered),
});
export type ReferralDetail = z.infer<typeof referralDetail>;

export const referralList = z.object({ items: z.array(referral) });
