import type { Kysely } from 'kysely';
import {
  type ClosureEvidence,
  closureEvidenceProblems,
  exitBlockers,
  needsCoordinatorApproval,
} from '../../domain/exits/index.ts';
import type { ActionType, CaseClosureReason } from '../../domain/lifecycle/index.ts';
import {
  approvalsForSubject,
  requestApproval,
  withdrawPendingApprovals,
} from '../approvals/approvals.service.ts';
import { decideIfVersion } from '../approvals/approvals.repository.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { caseActions, findCase } from '../cases/cases.repository.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, type FieldProblemInput, notFound, validationFailed } from '../errors.ts';
import { type ClosureBlocker, closureBlockers } from '../monitoring/closure-readiness.ts';
import { closureAuthors } from './closure.authors.ts';
import { todayInCountry } from '../status/reflection.ts';
import { exitFacts } from './closure.facts.ts';
import { latestAssessmentIds } from './closure.repository.ts';

// Closure (issue 5 item 4, issue 11 items 1, 5, 6; DOMAIN §2 step 9): a closure request names its
// evidence, passes the exit rules of src/domain/exits and, for 'reintegrated', the monitoring rule; it
// is decided by a second person through the approvals mechanism (contract C3, kind 'case-closure'), and
// a move to another member country by the national coordinator as well ('case-closure-coordinator').

type Db = Kysely<DatabaseSchema>;

const ALERT_BLOCKERS = new Set(['SAFETY_ALERT_OPEN', 'RETRAFFICKING_ALERT_OPEN']);
export const COORDINATOR_KIND = 'case-closure-coordinator';

// English for API users and logs; the web app translates each code (errors.closureBlockers.<code>).
const BLOCKER_TEXT: Record<string, string> = {
  SAFETY_ALERT_OPEN: 'a safety alert is still open (resolve it with an outcome)',
  RETRAFFICKING_ALERT_OPEN: 'a re-trafficking alert is still open (resolve it with an outcome)',
  DOMAINS_BELOW_THRESHOLD: 'some well-being domains are below the closure threshold',
  TOO_FEW_REVIEWS: 'there are not yet two consecutive reviews with every domain at the closure threshold',
  REFLECTION_PERIOD_RUNNING:
    'the recovery and reflection period is running: no removal and no closure except death or an error (CETS 197 Art. 13)',
  NO_BEST_INTERESTS_DETERMINATION: 'no best-interests determination has been taken',
  NO_RISK_ASSESSMENT: 'the best-interests determination holds no risk assessment',
  DETERMINATION_DISAGREES: 'the latest best-interests determination chose another solution',
  RISK_ASSESSMENT_AGAINST_MOVE:
    "the risk assessment says this move is not in the child's best interests (CETS 197 Art. 16(7))",
  PLACEMENT_AGAINST_DETERMINATION:
    'the child was placed with the family although the latest best-interests determination refused it',
  COORDINATOR_APPROVAL_PENDING:
    'a move to another member country needs the national coordinator’s approval first',
};

/** The facts the pending (latest) closure request named. */
async function requestedEvidence(db: Db, caseId: string): Promise<ClosureEvidence> {
  const request = (await caseActions(db, caseId)).findLast((row) => row.type === 'request-closure');
  return ((request?.payload as { closureEvidence?: ClosureEvidence } | undefined)?.closureEvidence ??
    {}) as ClosureEvidence;
}

async function coordinatorApproved(db: Db, caseId: string): Promise<boolean> {
  const latest = (await approvalsForSubject(db, COORDINATOR_KIND, caseId)).at(-1);
  return latest?.status === 'approved';
}

/** What stands in the way of closing the case for this reason now (empty: nothing). */
export async function closureRefusals(
  ctx: AppContext,
  db: Db,
  caseId: string,
  reason: CaseClosureReason,
  evidence: ClosureEvidence = {},
): Promise<ClosureBlocker[]> {
  const caseRow = await findCase(db, caseId);
  if (!caseRow) throw notFound('The case');
  const facts = await exitFacts(ctx, db, caseRow, reason, evidence);
  const blockers: ClosureBlocker[] = exitBlockers(facts).map((code) =>
    code === 'SAFETY_ALERT_OPEN' || code === 'RETRAFFICKING_ALERT_OPEN'
      ? {
          code,
          details: {
            count: code === 'SAFETY_ALERT_OPEN' ? facts.openAlerts.safety : facts.openAlerts.retrafficking,
          },
        }
      : { code },
  );
  if (reason === 'reintegrated')
    blockers.push(...(await closureBlockers(ctx, db, caseId)).filter((b) => !ALERT_BLOCKERS.has(b.code)));
  return blockers.sort((a, b) => a.code.localeCompare(b.code));
}

function refuse(reason: CaseClosureReason, blockers: ClosureBlocker[]): never {
  const why = blockers.map((b) => BLOCKER_TEXT[b.code] ?? b.code).join('; ');
  throw new AppError('closure_blocked', `The case cannot be closed as '${reason}' yet: ${why}.`, {
    closureReason: reason,
    blockers,
  });
}

export async function assertClosureAllowed(
  ctx: AppContext,
  db: Db,
  caseId: string,
  reason: CaseClosureReason,
  evidence: ClosureEvidence = {},
): Promise<void> {
  const blockers = await closureRefusals(ctx, db, caseId, reason, evidence);
  if (blockers.length > 0) refuse(reason, blockers);
}

/** Field problems of the named evidence, each with a code the closure dialog translates. */
async function assertEvidence(
  ctx: AppContext,
  db: Db,
  caseId: string,
  reason: CaseClosureReason,
  evidence: ClosureEvidence,
): Promise<void> {
  const caseRow = (await findCase(db, caseId))!;
  const problems: FieldProblemInput[] = closureEvidenceProblems(reason, evidence, {
    today: todayInCountry(ctx),
    ownCountry: ctx.config.country,
    caseId,
    latestBirthYear: caseRow.birth_year_to,
  }).map((p) => ({ path: `body.closureEvidence.${p.field}`, code: p.code, message: p.message }));
  // Verified, not taken on trust: the duplicated case must exist on this node.
  const other = evidence.duplicateOfCaseId;
  if (problems.length === 0 && other !== undefined && !(await findCase(db, other)))
    problems.push({
      path: 'body.closureEvidence.duplicateOfCaseId',
      code: 'unknown_case',
      message: 'No such case.',
    });
  if (problems.length > 0) throw validationFailed(problems);
}

/**
 * Runs inside takeAction before a closure is requested or approved: refuses it while the rules say no
 * (approval checks again, since an alert may have been raised or a determination taken meanwhile) and
 * returns the evidence the request records — the latest assessments the decision rests on.
 */
export async function closureEvidence(
  ctx: AppContext,
  trx: Db,
  caseId: string,
  type: ActionType,
  reason: string | undefined,
  named: ClosureEvidence | undefined,
): Promise<{ assessmentIds: string[] } | null> {
  if ((type !== 'request-closure' && type !== 'approve-closure') || reason === undefined) return null;
  const closureReason = reason as CaseClosureReason;
  if (type === 'request-closure') {
    const evidence = named ?? {};
    await assertEvidence(ctx, trx, caseId, closureReason, evidence);
    await assertClosureAllowed(ctx, trx, caseId, closureReason, evidence);
    return { assessmentIds: await latestAssessmentIds(trx, caseId, 2) };
  }
  const evidence = await requestedEvidence(trx, caseId);
  const blockers = await closureRefusals(ctx, trx, caseId, closureReason, evidence);
  if (
    needsCoordinatorApproval(closureReason, evidence, ctx.config.country) &&
    !(await coordinatorApproved(trx, caseId))
  )
    blockers.push({ code: 'COORDINATOR_APPROVAL_PENDING' });
  if (blockers.length > 0) refuse(closureReason, blockers);
  return null;
}

/**
 * Keeps the lifecycle and the approvals in step: a closure request opens a 'case-closure' approval (and
 * the coordinator's for a move to a member country); a closure approved or rejected directly (the case's
 * own action) settles that approval the same way. A requester who takes back their own request
 * withdraws it (four eyes: they may not decide it).
 */
export async function afterClosureAction(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  type: ActionType,
  reason: string | undefined,
  request?: { closureReason?: string; closureEvidence?: ClosureEvidence },
): Promise<void> {
  if (type === 'request-closure') {
    await requestApproval(ctx, trx, principal, actor, { kind: 'case-closure', caseId, subjectId: caseId });
    const closureReason = request?.closureReason as CaseClosureReason | undefined;
    if (
      closureReason &&
      needsCoordinatorApproval(closureReason, request?.closureEvidence ?? {}, ctx.config.country)
    )
      await requestApproval(ctx, trx, principal, actor, {
        kind: COORDINATOR_KIND,
        caseId,
        subjectId: caseId,
      });
    else await withdrawPendingApprovals(trx, COORDINATOR_KIND, caseId);
    return;
  }
  if (type !== 'approve-closure' && type !== 'reject-closure') return;
  // Four eyes on the case's own approve-closure action too, not only on the approvals page.
  if (type === 'approve-closure' && (await closureAuthors(trx, caseId)).includes(principal.userId))
    throw new AppError(
      'four_eyes',
      'Someone who did not ask for this case to be closed must approve the closure.',
    );
  // The coordinator's step belongs to this request: once it is decided, nothing is left to ask.
  await withdrawPendingApprovals(trx, COORDINATOR_KIND, caseId);
  const pending = (await approvalsForSubject(trx, 'case-closure', caseId)).filter(
    (a) => a.status === 'pending',
  );
  for (const approval of pending) {
    const own = approval.requested_by === principal.userId;
    const status = own ? 'withdrawn' : type === 'approve-closure' ? 'approved' : 'rejected';
    if (own) await withdrawPendingApprovals(trx, 'case-closure', caseId);
    else
      await decideIfVersion(trx, approval.id, approval.version, {
        status: status as 'approved' | 'rejected',
        decided_by: principal.userId,
        decided_at: new Date(),
        reason: reason ? ctx.cipher.encrypt(reason, 'approvals.reason') : null,
      });
    await audit(trx, actor, {
      action: 'approval.settle',
      entityType: 'case',
      entityId: caseId,
      details: { approvalId: approval.id, kind: 'case-closure', status, via: type },
    });
  }
}
