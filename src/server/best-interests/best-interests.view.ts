// Rows → the assessment as the API shows it, section by section according to the caller's field groups.
import type { DurableSolution } from '../../domain/best-interests/index.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import type { FieldGroup } from '../policy/policy.ts';
import type * as repo from './best-interests.repository.ts';
import type { Assessment } from './best-interests.schemas.ts';

type Section = Assessment['hiddenSections'][number];

/** Which field group each sealed section needs. */
export const SECTION_GROUPS: Record<Section, 'health' | 'exploitation'> = {
  childViews: 'health',
  options: 'health',
  reasons: 'health',
  familyAssessment: 'exploitation',
  riskAssessment: 'exploitation',
};

/** `groups`: the caller's field groups on this case (fieldGroupsOnCase), never those held elsewhere. */
export function hiddenSectionsFor(groups: ReadonlyArray<FieldGroup>): Section[] {
  return (Object.keys(SECTION_GROUPS) as Section[]).filter(
    (section) => !groups.includes(SECTION_GROUPS[section]),
  );
}

export function openJson<T>(ctx: AppContext, value: string | null, context: string): T | null {
  return value === null ? null : (JSON.parse(ctx.cipher.decrypt(value, context)) as T);
}

export function sealJson(ctx: AppContext, value: unknown, context: string): string | null {
  return value === null || value === undefined ? null : ctx.cipher.encrypt(JSON.stringify(value), context);
}

export function toAssessment(
  ctx: AppContext,
  principal: SignedInUser,
  row: repo.AssessmentRow,
  panel: ReadonlyArray<repo.PanelRow>,
  may: { record: boolean; decide: boolean; groups: ReadonlyArray<FieldGroup> },
): Assessment {
  const hidden = hiddenSectionsFor(may.groups);
  const shows = (section: Section) => !hidden.includes(section);
  const members = panel.filter((member) => member.best_interests_id === row.id);
  const mine = members.find((member) => member.user_id === principal.userId);
  const operations: Assessment['operations'] = [];
  if (may.record && row.status === 'open') operations.push('edit', 'propose');
  if (may.decide && row.status === 'proposed' && mine && mine.confirmed_at === null)
    operations.push('confirm', 'decline');
  const risk =
    row.risk_level !== null && row.return_in_best_interests !== null && row.risk_assessed_on !== null
      ? {
          assessedOn: row.risk_assessed_on,
          riskLevel: row.risk_level as 'low' | 'medium' | 'high',
          returnInBestInterests: row.return_in_best_interests,
          factors: row.risk_factors
            ? ctx.cipher.decrypt(row.risk_factors, 'best_interests.risk_factors')
            : '',
        }
      : null;
  return {
    id: row.id,
    caseId: row.case_id,
    status: row.status,
    childViews: shows('childViews') ? openJson(ctx, row.child_views, 'best_interests.child_views') : null,
    familyAssessment: shows('familyAssessment')
      ? openJson(ctx, row.family_assessment, 'best_interests.family_assessment')
      : null,
    riskAssessment: shows('riskAssessment') ? risk : null,
    options: shows('options') ? openJson(ctx, row.options, 'best_interests.options') : null,
    decision:
      row.solution !== null && row.proposed_by !== null && row.proposed_at !== null
        ? {
            solution: row.solution as DurableSolution,
            reunificationTargetId: row.reunification_target_id,
            reasons:
              shows('reasons') && row.reasons
                ? ctx.cipher.decrypt(row.reasons, 'best_interests.reasons')
                : null,
            proposedBy: row.proposed_by,
            proposedAt: row.proposed_at.toISOString(),
            decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
            panel: members.map((member) => ({
              userId: member.user_id,
              name: member.display_name,
              confirmedAt: member.confirmed_at ? member.confirmed_at.toISOString() : null,
            })),
          }
        : null,
    hiddenSections: hidden,
    operations,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}
