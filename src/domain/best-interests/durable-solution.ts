// Best-interests assessment and determination (DOMAIN §2 stage 6). A child is not returned, and not
// reunified with family, while the risk and security assessment shows that this is not in the
// child's best interests (CoE Convention Art. 16(7)); family members may be the traffickers, so a
// family member implicated in the trafficking can never be the person the child is reunified with.

export const DURABLE_SOLUTIONS = [
  'local-integration',
  'family-reunification',
  'alternative-care',
  'return',
  'third-country',
] as const;
export type DurableSolution = (typeof DURABLE_SOLUTIONS)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Solutions that send the child back to the family or the country of origin. */
export const RETURN_SOLUTIONS: ReadonlyArray<DurableSolution> = ['return', 'family-reunification'];

export type RiskAssessmentFacts = { riskLevel: RiskLevel; returnInBestInterests: boolean };

export type FamilyFacts = { familyMemberId: string; implicated: boolean };

export type ProposedDecision = {
  solution: DurableSolution;
  /** The family member the child would be returned or reunified to, when there is one. */
  reunificationTargetId: string | null;
};

export type ReturnRefusal =
  | 'no-risk-assessment'
  | 'not-in-best-interests'
  | 'target-implicated'
  | 'target-required';

/**
 * Why this decision may not be taken (null = it may). `risk` is the latest risk assessment (null when
 * none is recorded); `family` the assessment of the child's family, where any member found implicated
 * — in this assessment or in the case's family record — counts as implicated.
 */
export function returnRefusal(
  decision: ProposedDecision,
  risk: RiskAssessmentFacts | null,
  family: ReadonlyArray<FamilyFacts>,
): ReturnRefusal | null {
  if (!RETURN_SOLUTIONS.includes(decision.solution)) return null;
  if (risk === null) return 'no-risk-assessment';
  if (!risk.returnInBestInterests) return 'not-in-best-interests';
  if (decision.solution === 'family-reunification' && decision.reunificationTargetId === null)
    return 'target-required';
  if (
    decision.reunificationTargetId !== null &&
    family.some((member) => member.familyMemberId === decision.reunificationTargetId && member.implicated)
  )
    return 'target-implicated';
  return null;
}

export const REFUSAL_MESSAGES: Record<ReturnRefusal, string> = {
  'no-risk-assessment':
    'Return or family reunification needs a safety and risk assessment first; none is recorded.',
  'not-in-best-interests':
    "The latest risk assessment says return or reunification is not in the child's best interests; this solution cannot be chosen.",
  'target-implicated':
    'The family member named for reunification is implicated in the trafficking; the child cannot be reunified with them.',
  'target-required': 'Name the family member the child would be reunified with.',
};

/** A decision is taken by a panel of at least two different people, each of whom confirms it. */
export const MIN_PANEL_SIZE = 2;

export type PanelMember = { userId: string; confirmedAt: string | null };

export type PanelState = 'too-small' | 'awaiting-confirmations' | 'decided';

export function panelState(members: ReadonlyArray<PanelMember>): PanelState {
  const people = new Set(members.map((member) => member.userId));
  if (people.size < MIN_PANEL_SIZE) return 'too-small';
  return members.every((member) => member.confirmedAt !== null) ? 'decided' : 'awaiting-confirmations';
}
