import { z } from 'zod';

// Family members and the guardian of a child. Names, contacts and notes are encrypted at rest and
// leave the server only for callers holding the `identity` field group.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

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
  name: text(200),
  contact: text(300).optional(),
  /** Implicated in the exploitation: family members may be the traffickers. */
  implicated: z.boolean(),
  /** May be contacted without putting the child at risk. */
  safeContact: z.boolean(),
  note: text(2000).optional(),
});
export type NewFamilyMember = z.infer<typeof newFamilyMemberBody>;

export const updateFamilyMemberBody = z.strictObject({
  relation: z.enum(FAMILY_RELATIONS).optional(),
  name: text(200).optional(),
  contact: text(300).nullable().optional(),
  implicated: z.boolean().optional(),
  safeContact: z.boolean().optional(),
  note: text(2000).nullable().optional(),
});
export type FamilyMemberChange = z.infer<typeof updateFamilyMemberBody>;

export const familyMember = z.object({
  id: z.string(),
  relation: z.enum(FAMILY_RELATIONS),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  implicated: z.boolean(),
  safeContact: z.boolean(),
  note: z.string().nullable(),
  version: z.number(),
});
export type FamilyMember = z.infer<typeof familyMember>;

export const familyList = z.object({ items: z.array(familyMember) });

export const guardianBody = z.strictObject({
  kind: z.enum(GUARDIAN_KINDS),
  name: text(200),
  contact: text(300).optional(),
  appointedOn: isoDate.optional(),
  appointingAuthority: text(300).optional(),
});
export type GuardianInput = z.infer<typeof guardianBody>;

export const guardian = z.object({
  kind: z.enum(GUARDIAN_KINDS),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  appointedOn: z.string().nullable(),
  appointingAuthority: z.string().nullable(),
  version: z.number(),
});
export type Guardian = z.infer<typeof guardian>;

export const guardianAnswer = z.object({
  guardian: guardian.nullable(),
  /** A guardian must be appointed without delay for an unaccompanied or separated child. */
  required: z.boolean(),
});
