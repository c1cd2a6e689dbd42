import { z } from 'zod';
import { text } from '../http/text.ts';
import { DURABLE_SOLUTIONS, RISK_LEVELS } from '../../domain/best-interests/index.ts';

// Best-interests assessment and determination (BIA/BID). Sections are sealed at rest and shown per field
// group: the child's views, the options weighed and the reasons need `health`; the family and risk
// assessment need `exploitation`; the chosen durable solution and the panel are shown to every reader
// of the case (justice may need to know where the child will live). See docs/assistance-plans.md.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const requiredText = (max: number) => text().trim().min(1).max(max);

export const HOW_HEARD = [
  'individual-interview',
  'with-interpreter',
  'child-friendly-room',
  'play-or-drawing',
  'written',
  'other',
] as const;

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const assessmentParams = z.strictObject({ id: z.uuid(), assessmentId: z.uuid() });

export const childViews = z.strictObject({
  heardOn: isoDate,
  howHeard: z.enum(HOW_HEARD),
  /** Who else was in the room (names or roles): sealed with the views. */
  whoPresent: requiredText(500),
  guardianPresent: z.boolean(),
  views: requiredText(5000),
});

export const familyMemberAssessment = z.strictObject({
  /** A family member recorded on the case (Family tab). */
  familyMemberId: z.uuid(),
  /** Implicated in the trafficking: such a person can never be the reunification target. */
  implicated: z.boolean(),
  assessment: requiredText(3000),
});

export const riskAssessment = z.strictObject({
  assessedOn: isoDate,
  riskLevel: z.enum(RISK_LEVELS),
  /** Is return or family reunification in the child's best interests? */
  returnInBestInterests: z.boolean(),
  factors: requiredText(5000),
});

export const optionConsidered = z.strictObject({
  option: z.enum(DURABLE_SOLUTIONS),
  pros: requiredText(3000),
  cons: requiredText(3000),
});

export const sectionsBody = z.strictObject({
  childViews: childViews.nullable().optional(),
  familyAssessment: z.array(familyMemberAssessment).max(30).optional(),
  riskAssessment: riskAssessment.nullable().optional(),
  options: z.array(optionConsidered).max(10).optional(),
});
export type Sections = z.infer<typeof sectionsBody>;

export const proposeBody = z.strictObject({
  solution: z.enum(DURABLE_SOLUTIONS),
  /** For return or reunification: the family member the child would go to. */
  reunificationTargetId: z.uuid().nullable().default(null),
  reasons: requiredText(5000),
  /** The other panel members (users of this node who may decide); the proposer is the first member. */
  panel: z.array(z.uuid()).min(1).max(6),
});
export type Proposal = z.infer<typeof proposeBody>;

export const panelMember = z.object({
  userId: text(),
  name: text().nullable(),
  confirmedAt: text().nullable(),
});

export const BI_STATUSES = ['open', 'proposed', 'decided'] as const;
export const BI_SECTIONS = [
  'childViews',
  'familyAssessment',
  'riskAssessment',
  'options',
  'reasons',
] as const;

export const assessment = z.object({
  id: text(),
  caseId: text(),
  status: z.enum(BI_STATUSES),
  childViews: childViews.nullable(),
  familyAssessment: z.array(familyMemberAssessment).nullable(),
  riskAssessment: riskAssessment.nullable(),
  options: z.array(optionConsidered).nullable(),
  decision: z
    .object({
      solution: z.enum(DURABLE_SOLUTIONS),
      reunificationTargetId: text().nullable(),
      reasons: text().nullable(),
      proposedBy: text(),
      proposedAt: text(),
      decidedAt: text().nullable(),
      panel: z.array(panelMember),
    })
    .nullable(),
  /** Sections your field groups do not cover: not shown (null), not that they are empty. */
  hiddenSections: z.array(z.enum(BI_SECTIONS)),
  /** What the caller may do now. */
  operations: z.array(z.enum(['edit', 'propose', 'confirm', 'decline'])),
  createdBy: text(),
  createdAt: text(),
  version: z.number(),
});
export type Assessment = z.infer<typeof assessment>;

export const assessmentList = z.object({
  items: z.array(assessment),
  /** The durable solution of the latest decided determination. */
  durableSolution: z.enum(DURABLE_SOLUTIONS).nullable(),
});

export const panelCandidates = z.object({
  items: z.array(z.object({ userId: text(), name: text() })),
});
