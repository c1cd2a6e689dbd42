// The registry of approval kinds (contract C3) and the four-eyes rule every kind obeys: the decider is
// neither the requester nor anyone who authored or edited any version of the thing decided (issue 10,
// defect 5). Each kind names how to find those people; the mechanism refuses them, so no area can
// forget the rule.
import type { Kysely } from 'kysely';
import type { SignedInUser } from '../auth/authenticate.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { Action, ResourcePlace } from '../policy/policy.ts';
import type * as repo from './approvals.repository.ts';

type Db = Kysely<DatabaseSchema>;

export type ApprovalKind =
  | 'assistance-plan'
  | 'best-interests'
  | 'case-closure'
  /** The national coordinator's step for a move to another member country (closure.approvals.ts). */
  | 'case-closure-coordinator'
  | 'consent-override'
  | 'grant-change';
export type ApprovalRow = repo.ApprovalRow;
export type ApprovalDecision = 'approved' | 'rejected';

export type ApprovalHandler = {
  /** Who may decide, with scope checked on the subject's place. */
  decideAction: Action;
  /**
   * Everyone who authored or edited any version of the subject, and anyone else the decision concerns
   * (for a grant, the account's owner): none of them may decide it. The requester is always excluded.
   */
  conflictedUsers(ctx: AppContext, db: Db, approval: ApprovalRow): Promise<ReadonlyArray<string>>;
  /** Where the subject sits, for scope; by default the case's place (approvals without a case must say). */
  placeOf?(ctx: AppContext, db: Db, approval: ApprovalRow): Promise<ResourcePlace | null>;
  /** A further condition on the decider (e.g. a granter's power over the grants asked for). */
  deciderQualifies?(ctx: AppContext, db: Db, decider: SignedInUser, approval: ApprovalRow): Promise<boolean>;
  /** Runs inside the deciding transaction; throw an AppError to refuse (e.g. the subject changed). */
  onDecision(
    ctx: AppContext,
    trx: Db,
    approval: ApprovalRow,
    decision: ApprovalDecision,
    decider: SignedInUser,
    actor: Actor,
  ): Promise<void>;
};

const handlers = new Map<string, ApprovalHandler>();

/** Registers (or, in tests, replaces) the handler of a kind. Call at module load; see approval-kinds.ts. */
export function registerApprovalKind(kind: ApprovalKind, handler: ApprovalHandler): void {
  handlers.set(kind, handler);
}

export function findHandler(kind: string): ApprovalHandler | undefined {
  return handlers.get(kind);
}

export function handlerOf(kind: string): ApprovalHandler {
  const handler = handlers.get(kind);
  // A programming error, not a user's: it must be seen at once, not turn into a request nobody can decide.
  if (!handler)
    throw new Error(
      `No handler is registered for approval kind "${kind}": add its import to approvals/approval-kinds.ts.`,
    );
  return handler;
}

type PlacedRow = ApprovalRow & {
  owner_agency_id: string | null;
  unit_code: string | null;
  owner_user_id: string | null;
  owner_team_id?: string | null;
};

/** The place whose scope decides who may see and decide the approval (null: nobody's reach). */
export async function placeOfApproval(
  ctx: AppContext,
  db: Db,
  handler: ApprovalHandler,
  row: PlacedRow,
): Promise<ResourcePlace | null> {
  if (handler.placeOf) return handler.placeOf(ctx, db, row);
  if (row.owner_agency_id === null || row.unit_code === null) return null;
  return placeOfCase(ctx, {
    owner_agency_id: row.owner_agency_id,
    unit_code: row.unit_code,
    owner_user_id: row.owner_user_id,
    owner_team_id: row.owner_team_id ?? null,
  });
}

/** Those who may not decide this approval: the requester and the kind's conflicted users. */
export async function excludedDeciders(
  ctx: AppContext,
  db: Db,
  handler: ApprovalHandler,
  row: ApprovalRow,
): Promise<Set<string>> {
  return new Set([row.requested_by, ...(await handler.conflictedUsers(ctx, db, row))]);
}
