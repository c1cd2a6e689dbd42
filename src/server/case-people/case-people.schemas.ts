import { z } from 'zod';
import { text } from '../http/text.ts';

// Family members and the guardian of a child. Names, contacts and notes are encrypted at rest and
// leave the server only for callers holding the `identity` field group.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const requiredText = (max: number) => text().trim().min(1).max(max);

export const FAMILY_RELATIONS = [
  'mother',
  'father',
  'stepparent',
  'sibling',
  'grandparent',
  'aunt-uncle',
  'other-relative',
  'caregiver',
  'other',
] as const;

export const GUARDIAN_KINDS = [
  'parent',
  'legal-representative',
  'appointed-guardian',
  'institution',
] as const;

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const memberParams = z.strictObject({ id: z.uuid(), memberId: z.uuid() });

export const newFamilyMemberBody = z.strictObject({
  relation: z.enum(FAMILY_RELATIONS),
  name: requiredText(200),
  contact: requiredText(300).optional(),
  /** Implicated in the exploitation: family members may be the traffickers. */
  implicated: z.boolean(),
  /** May be contacted without putting the child at risk. */
  safeContact: z.boolean(),
  note: requiredText(2000).optional(),
});
export type NewFamilyMember = z.infer<typeof newFamilyMemberBody>;

export const updateFamilyMemberBody = z.strictObject({
  relation: z.enum(FAMILY_RELATIONS).optional(),
  name: requiredText(200).optional(),
  contact: requiredText(300).nullable().optional(),
  implicated: z.boolean().optional(),
  safeContact: z.boolean().optional(),
  note: requiredText(2000).nullable().optional(),
});
export type FamilyMemberChange = z.infer<typeof updateFamilyMemberBody>;

export const familyMember = z.object({
  id: text(),
  relation: z.enum(FAMILY_RELATIONS),
  name: text().nullable(),
  contact: text().nullable(),
  implicated: z.boolean(),
  safeContact: z.boolean(),
  note: text().nullable(),
  version: z.number(),
});
export type FamilyMember = z.infer<typeof familyMember>;

export const familyList = z.object({ items: z.array(familyMember) });

export const guardianBody = z.strictObject({
  kind: z.enum(GUARDIAN_KINDS),
  /** The guardian is this recorded family member (refused when the member is implicated). */
  familyMemberId: z.uuid().optional(),
  name: requiredText(200),
  contact: requiredText(300).optional(),
  appointedOn: isoDate.optional(),
  appointingAuthority: requiredText(300).optional(),
});
export type GuardianInput = z.infer<typeof guardianBody>;

export const guardian = z.object({
  kind: z.enum(GUARDIAN_KINDS),
  /** The person acting as guardian; consents given by the guardian point at it. */
  personId: text(),
  familyMemberId: text().nullable(),
  name: text().nullable(),
  contact: text().nullable(),
  appointedOn: text().nullable(),
  appointingAuthority: text().nullable(),
  version: z.number(),
});
export type Guardian = z.infer<typeof guardian>;

export const guardianAnswer = z.object({
  guardian: guardian.nullable(),
  /** A guardian must be appointed without delay for an unaccompanied or separated child. */
  required: z.boolean(),
});
