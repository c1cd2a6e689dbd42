// The determination: proposed by the recording user to a panel, taken when every named member has
// confirmed (at least two people). Return or reunification against the risk assessment is refused.
import type { Kysely } from 'kysely';
import {
  type FamilyFacts,
  panelState,
  REFUSAL_MESSAGES,
  returnRefusal,
  type RiskLevel,
} from '../../domain/best-interests/index.ts';
import { solutionRefusedDuringReflection } from '../../domain/exits/index.ts';
import { reflectionRuns } from '../../domain/status/index.ts';
import { audit } from '../audit/audit.service.ts';
import { findCase } from '../cases/cases.repository.ts';
import { caseReflection } from '../status/reflection.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { loadCase, placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, conflict, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { notify, usersReaching } from '../notifications/notifications.service.ts';
import { ACTION_ROLES } from '../policy/policy.ts';
import { assessmentWriters } from './best-interests.authors.ts';
import * as repo from './best-interests.repository.ts';
import type { Assessment, Proposal } from './best-interests.schemas.ts';
import { type CaseRow, locked, one } from './best-interests.service.ts';
import { openJson } from './best-interests.view.ts';

type Db = Kysely<DatabaseSchema>;

/** The rule of CoE Art. 16(7), on the assessment as stored and the case's family record. */
async function assertReturnAllowed(
  ctx: AppContext,
  trx: Db,
  row: repo.AssessmentRow,
  decision: { solution: Proposal['solution']; reunificationTargetId: string | null },
) {
  const record = await repo.familyOfCase(trx, row.case_id);
  if (
    decision.reunificationTargetId &&
    !record.some((member) => member.id === decision.reunificationTargetId)
  )
    throw validationFailed([
      {
        path: 'body.reunificationTargetId',
        code: 'unknown_family_member',
        message: 'Not a family member of this case.',
      },
    ]);
  const assessed =
    openJson<Array<{ familyMemberId: string; implicated: boolean }>>(
      ctx,
      row.family_assessment,
      'best_interests.family_assessment',
    ) ?? [];
  const family: FamilyFacts[] = [
    ...record.map((member) => ({ familyMemberId: member.id, implicated: member.implicated })),
    ...assessed.map((member) => ({ familyMemberId: member.familyMemberId, implicated: member.implicated })),
  ];
  const risk =
    row.risk_level !== null && row.return_in_best_interests !== null
      ? { riskLevel: row.risk_level as RiskLevel, returnInBestInterests: row.return_in_best_interests }
      : null;
  const refusal = returnRefusal(decision, risk, family);
  if (refusal)
    throw new AppError('return_against_risk_assessment', REFUSAL_MESSAGES[refusal], { reason: refusal });
  // CETS 197 Art. 13: while the recovery and reflection period runs, no return or removal is decided.
  const file = (await findCase(trx, row.case_id))!;
  const period = await caseReflection(ctx, trx, file);
  if (solutionRefusedDuringReflection(decision.solution, reflectionRuns(period)))
    throw new AppError(
      'reflection_period_running',
      'The recovery and reflection period is running: no return or removal can be decided until it ends.',
      { reason: 'reflection-period-running', endsOn: period?.endsOn ?? null },
    );
}

async function decidersOf(ctx: AppContext, trx: Db, file: CaseRow) {
  return usersReaching(ctx, trx, {
    roles: ACTION_ROLES['best-interests.decide'],
    place: placeOfCase(ctx, file),
  });
}

export async function panelCandidates(ctx: AppContext, principal: SignedInUser, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId, 'best-interests.record');
  const ids = (await decidersOf(ctx, db, file)).filter((id) => id !== principal.userId);
  return { items: (await repo.namesOfUsers(db, ids)).map((u) => ({ userId: u.id, name: u.display_name })) };
}

/** The recording user proposes the decision; it is taken once every named panel member confirms. */
export async function proposeDecision(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  id: string,
  version: number,
  input: Proposal,
): Promise<Assessment> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await locked(ctx, trx, principal, caseId, id, version, 'best-interests.record');
    if (row.status !== 'open') throw conflict('A decision is already proposed or taken for this assessment.');
    await assertReturnAllowed(ctx, trx, row, input);
    const others = [...new Set(input.panel)].filter((userId) => userId !== principal.userId);
    const eligible = new Set(await decidersOf(ctx, trx, file));
    const writers = await assessmentWriters(trx, row);
    const problems = others.flatMap((userId, index): FieldProblemInput[] =>
      !eligible.has(userId)
        ? [
            {
              path: `body.panel.${index}`,
              code: 'not_allowed_here',
              message: 'This person may not decide on this case.',
            },
          ]
        : writers.has(userId)
          ? [
              {
                path: `body.panel.${index}`,
                code: 'four_eyes',
                message: 'This person wrote or changed the assessment: someone else must confirm it.',
              },
            ]
          : [],
    );
    if (others.length === 0)
      problems.push({ path: 'body.panel', code: 'required', message: 'Name at least one other person.' });
    if (problems.length > 0) throw validationFailed(problems);
    const members = [
      { userId: principal.userId, confirmedAt: new Date() },
      ...others.map((userId) => ({ userId, confirmedAt: null })),
    ];
    await repo.replacePanel(trx, id, members);
    const changed = await repo.updateIfVersion(trx, id, version, {
      status: 'proposed',
      solution: input.solution,
      reunification_target_id: input.reunificationTargetId,
      reasons: ctx.cipher.encrypt(input.reasons, 'best_interests.reasons'),
      proposed_by: principal.userId,
      proposed_at: new Date(),
      decided_at: null,
    });
    if (!changed) throw staleVersion();
    await notify(trx, {
      recipients: others,
      kind: 'bestInterests.confirm-requested',
      caseId,
      subjectType: 'best-interests',
      subjectId: id,
      actorUserId: principal.userId,
    });
    await audit(trx, actor, {
      action: 'case.best-interests.propose',
      entityType: 'case',
      entityId: caseId,
      details: { assessmentId: id, solution: input.solution, panel: members.map((m) => m.userId) },
    });
    return one(ctx, trx, principal, file, id);
  });
}

/** A panel member confirms; with the last confirmation (at least two people) the decision is taken. */
export async function confirmDecision(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  id: string,
  version: number,
): Promise<Assessment> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await locked(ctx, trx, principal, caseId, id, version, 'best-interests.decide');
    const members = (await repo.panelsOf(trx, [id])).filter((m) => m.best_interests_id === id);
    const mine = members.find((member) => member.user_id === principal.userId);
    if (row.status !== 'proposed' || !mine) throw conflict('You are not asked to confirm this decision.');
    if (mine.confirmed_at !== null) throw conflict('You have already confirmed this decision.');
    if (principal.userId !== row.proposed_by && (await assessmentWriters(trx, row)).has(principal.userId))
      throw new AppError(
        'four_eyes',
        'You wrote or changed this assessment: someone who did not must confirm the decision.',
      );
    // The rule again at the moment the decision is taken.
    await assertReturnAllowed(ctx, trx, row, {
      solution: row.solution as Proposal['solution'],
      reunificationTargetId: row.reunification_target_id,
    });
    await repo.confirmMember(trx, id, principal.userId);
    const state = panelState(
      members.map((m) => ({
        userId: m.user_id,
        confirmedAt:
          m.user_id === principal.userId ? new Date().toISOString() : (m.confirmed_at?.toISOString() ?? null),
      })),
    );
    const decided = state === 'decided';
    const changed = await repo.updateIfVersion(
      trx,
      id,
      version,
      decided ? { status: 'decided', decided_at: new Date() } : {},
    );
    if (!changed) throw staleVersion();
    await audit(trx, actor, {
      action: decided ? 'case.best-interests.decide' : 'case.best-interests.confirm',
      entityType: 'case',
      entityId: caseId,
      details: { assessmentId: id, solution: row.solution },
    });
    if (decided && row.proposed_by)
      await notify(trx, {
        recipients: [row.proposed_by],
        kind: 'bestInterests.decided',
        caseId,
        subjectType: 'best-interests',
        subjectId: id,
        actorUserId: principal.userId,
      });
    return one(ctx, trx, principal, file, id);
  });
}

/** A panel member does not agree: the proposal is withdrawn and the assessment is open again. */
export async function declineDecision(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  id: string,
  version: number,
): Promise<Assessment> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await locked(ctx, trx, principal, caseId, id, version, 'best-interests.decide');
    const members = await repo.panelsOf(trx, [id]);
    const mine = members.find((member) => member.user_id === principal.userId);
    if (row.status !== 'proposed' || !mine || mine.confirmed_at !== null)
      throw conflict('You are not asked to confirm this decision.');
    await repo.replacePanel(trx, id, []);
    const changed = await repo.updateIfVersion(trx, id, version, {
      status: 'open',
      solution: null,
      reunification_target_id: null,
      reasons: null,
      proposed_by: null,
      proposed_at: null,
    });
    if (!changed) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.best-interests.decline',
      entityType: 'case',
      entityId: caseId,
      details: { assessmentId: id, proposedBy: row.proposed_by },
    });
    if (row.proposed_by)
      await notify(trx, {
        recipients: [row.proposed_by],
        kind: 'bestInterests.declined',
        caseId,
        subjectType: 'best-interests',
        subjectId: id,
        actorUserId: principal.userId,
      });
    return one(ctx, trx, principal, file, id);
  });
}
