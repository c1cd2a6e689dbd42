import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import { withTrail } from '../audit/refusal-trail.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { activeAccess } from '../break-glass/break-glass.repository.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import { type Action, can, mayAttempt, type ResourcePlace } from '../policy/policy.ts';
import * as repo from './cases.repository.ts';

// The one place that loads a case for a request: every case route and sub-resource goes through
// `loadCase`, so reach, break-glass and the audit of out-of-scope attempts hold for all of them at once.

type Db = Kysely<DatabaseSchema>;

export type LoadedCase = repo.CaseRow & {
  /** The user reads this case through their own break-glass access (not a grant), until then. */
  break_glass_for: string | null;
  break_glass_until: Date | null;
};

export function placeOfCase(
  ctx: AppContext,
  row: {
    owner_agency_id: string;
    unit_code: string;
    owner_user_id: string | null;
    /** Absent where a query did not select it: then no team reaches the case (fails closed). */
    owner_team_id?: string | null;
    break_glass_for?: string | null;
  },
): ResourcePlace {
  return {
    country: ctx.config.country,
    agencyId: row.owner_agency_id,
    unitCodes: [row.unit_code],
    ownerId: row.owner_user_id,
    teamId: row.owner_team_id ?? null,
    breakGlassFor: row.break_glass_for ?? null,
  };
}

/**
 * A case that exists but is out of the caller's reach answers exactly like a missing one (same status,
 * code and message), and leaves a security audit row: insiders probing ids are seen as a class.
 */
export function caseOutOfReach(caseId: string, action: Action) {
  return withTrail(notFound('The case'), (db, actor) =>
    audit(db, actor, {
      action: 'case.out-of-scope',
      entityType: 'case',
      entityId: caseId,
      outcome: 'denied',
      details: { attempted: action },
    }),
  );
}

/** Loads a case the principal may act on; a case out of reach answers exactly like a missing one. */
export async function loadCase(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  id: string,
  action: Action = 'cases.read',
): Promise<LoadedCase> {
  const found = await repo.findCase(db, id);
  if (!found) throw notFound('The case');
  const row: LoadedCase = { ...found, break_glass_for: null, break_glass_until: null };
  if (!can(principal, 'cases.read', placeOfCase(ctx, row), ctx.isWithin)) {
    // Expiry is enforced here, on every request, not by a job: an expired access simply stops matching.
    const emergency = mayAttempt(principal, 'cases.read')
      ? await activeAccess(db, principal.userId, id, new Date())
      : undefined;
    if (!emergency) throw caseOutOfReach(id, action);
    row.break_glass_for = principal.userId;
    row.break_glass_until = emergency.expires_at;
  }
  if (action !== 'cases.read' && !can(principal, action, placeOfCase(ctx, row), ctx.isWithin))
    throw forbidden();
  return row;
}
