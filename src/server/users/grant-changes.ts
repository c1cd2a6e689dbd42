// Every path that gives or takes grants goes through changeGrants (issue 10, defect 1): creating an
// account, changing its roles, moving it to another agency. Nobody changes their own grants; a granter
// gives and takes only within their own scope; a grant that opens case data waits for a second
// administrator (approval kind 'grant-change', users/grants.approvals.ts). The bootstrap of the first
// administrator (create-admin.ts) is the one documented exception.
import type { Kysely } from 'kysely';
import { requestApproval, withdrawPendingApprovals } from '../approvals/approvals.service.ts';
import { insertGrantRequest } from '../approvals/approvals.repository.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notifications.service.ts';
import { grantChangeRefusal, grantKey, grantWithinPower, planGrantChange } from '../policy/grant-rules.ts';
import type { Grant, Principal, ResourcePlace } from '../policy/policy.ts';
import * as repo from './users.repository.ts';

type Db = Kysely<DatabaseSchema>;

export const GRANT_CHANGE_KIND = 'grant-change' as const;

export async function placeOfAgency(
  ctx: AppContext,
  db: Db,
  agencyId: string | null,
): Promise<ResourcePlace> {
  return { country: ctx.config.country, agencyId, unitCodes: await repo.unitCodesOfAgency(db, agencyId) };
}

export const ownGrantsRefused = () =>
  new AppError(
    'own_grants',
    'Nobody changes their own roles, scopes or agency: ask another administrator to do it.',
  );

/** The grants an account holds now, in the policy's shape. */
export async function grantsOf(db: Db, userId: string): Promise<Grant[]> {
  return (await repo.grantsOfUsers(db, [userId])).map((g) => ({
    role: g.role as Grant['role'],
    scope: g.scope as Grant['scope'],
    unitCode: g.unit_code,
  }));
}

/** Grants of `wanted` the granter may not give on an account at this place (empty: all may be given). */
export function grantsBeyondPower(
  ctx: AppContext,
  granter: Principal,
  wanted: ReadonlyArray<Grant>,
  place: ResourcePlace,
): Grant[] {
  return wanted.filter((grant) => !grantWithinPower(granter, grant, place, ctx.isWithin));
}

export type GrantChangeResult = { changed: boolean; approvalId: string | null };

/**
 * Applies what may take effect now and asks a second administrator for the rest, in the caller's
 * transaction. `previous` is the account as it was (null for a new account).
 */
export async function changeGrants(
  ctx: AppContext,
  trx: Db,
  granter: SignedInUser,
  actor: Actor,
  input: {
    userId: string;
    previousAgencyId: string | null | undefined;
    agencyId: string | null;
    requested: ReadonlyArray<Grant>;
  },
): Promise<GrantChangeResult> {
  const isNew = input.previousAgencyId === undefined;
  const current = isNew ? [] : await grantsOf(trx, input.userId);
  const agencyChanged = !isNew && input.previousAgencyId !== input.agencyId;
  const plan = planGrantChange(current, input.requested, { agencyChanged });
  if (plan.added.length === 0 && plan.removed.length === 0) return { changed: false, approvalId: null };
  const place = await placeOfAgency(ctx, trx, input.agencyId);
  const before = isNew ? place : await placeOfAgency(ctx, trx, input.previousAgencyId ?? null);
  const refusal = grantChangeRefusal(
    granter,
    { accountId: input.userId, plan, before, after: place },
    ctx.isWithin,
  );
  if (refusal === 'own_grants') throw ownGrantsRefused();
  if (refusal)
    throw new AppError(
      'grant_beyond_scope',
      'You can only give or take away roles within your own administrator scope (your agency, district or region).',
      {
        grants: [
          ...grantsBeyondPower(ctx, granter, plan.added, place),
          ...grantsBeyondPower(ctx, granter, plan.removed, before),
        ].map(grantKey),
      },
    );
  // A newer change replaces any request still waiting: the approver must see what is asked now.
  await withdrawPendingApprovals(trx, GRANT_CHANGE_KIND, input.userId);
  await repo.replaceGrants(trx, input.userId, plan.immediate);
  const approval = plan.pending
    ? await requestApproval(
        ctx,
        trx,
        granter,
        actor,
        { kind: GRANT_CHANGE_KIND, caseId: null, subjectId: input.userId },
        (row) => insertGrantRequest(trx, { approvalId: row.id, userId: input.userId, grants: plan.pending! }),
      )
    : null;
  await audit(trx, actor, {
    action: 'user.grants.change',
    entityType: 'user',
    entityId: input.userId,
    details: {
      added: plan.added.map(grantKey),
      removed: plan.removed.map(grantKey),
      inForce: plan.immediate.map(grantKey),
      pendingApproval: approval?.id ?? null,
    },
  });
  await notify(trx, {
    recipients: [input.userId],
    kind: approval ? 'grants.pending' : 'grants.changed',
    subjectType: 'user',
    subjectId: input.userId,
    actorUserId: granter.userId,
  });
  return { changed: true, approvalId: approval?.id ?? null };
}
