import type { Kysely } from 'kysely';
import { findPossibleDuplicates } from '../../domain/linkage/link-records.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { notify, withoutUnreadNotice } from '../notifications/notifications.service.ts';
import { can } from '../policy/policy.ts';
import { placeOfCase } from './case-access.ts';
import {
  ageBandOf,
  openSealedIdentity,
  type SensitiveIdentity,
  sealIdentity,
  toPersonRecord,
} from './case-identity.ts';
import * as repo from './cases.repository.ts';
import type { DuplicateCandidate } from './cases.schemas.ts';
import { owningSupervisors } from './owning-supervisors.ts';

// Issue 10, defect 2: the duplicate check compares a new child with every case of the country (a child
// must not get two files), but it may only *show* what the caller could read anyway. A match outside
// the caller's reach is said to exist, nothing more (no id, code, place, age or birth-date signal), and
// the owning agency's supervisors are told to follow up from their side.

type Db = Kysely<DatabaseSchema>;
type MatchedRow = Awaited<ReturnType<typeof repo.casesSharingKeys>>[number];

/** What is shown to the caller at most. */
const SHOWN = 10;

export type DuplicateFinding = {
  /** Matches in the caller's reach, best first: shown as they are. */
  candidates: DuplicateCandidate[];
  /** Matches outside it: used for the review queue and the owners' notice, never answered. */
  outsideReach: Array<{ candidate: DuplicateCandidate; row: MatchedRow }>;
};

/** The answer the caller may see. */
export function visibleFinding(finding: DuplicateFinding) {
  return { candidates: finding.candidates, possibleMatchOutsideReach: finding.outsideReach.length > 0 };
}

/** Every possible match, inside and outside reach, for the review queue of a case just opened. */
export const allMatches = (finding: DuplicateFinding) => [
  ...finding.candidates,
  ...finding.outsideReach.map((match) => match.candidate),
];

function toCandidate(
  row: MatchedRow,
  pair: ReturnType<typeof findPossibleDuplicates>[number],
): DuplicateCandidate {
  return {
    caseId: row.id,
    code: row.code,
    score: Math.round(pair.score * 1000) / 1000,
    classification: pair.classification,
    agreements: pair.fields.map((f) => ({
      field: f.field,
      outcome: f.level,
      weight: Math.round(f.weight * 100) / 100,
    })),
    ageBand: ageBandOf(row.birth_year_from, row.birth_year_to),
    unitCode: row.unit_code,
  };
}

export async function findDuplicates(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  identity: Pick<SensitiveIdentity, 'names' | 'birthDate'>,
  gender: string | undefined,
  exceptId: string | null,
): Promise<DuplicateFinding> {
  const sealed = sealIdentity(ctx.cipher, { ...identity, documents: [], contacts: [] });
  const rows = await repo.casesSharingKeys(db, sealed.nameKeys, exceptId, 500);
  const finding: DuplicateFinding = { candidates: [], outsideReach: [] };
  if (rows.length === 0) return finding;
  const existing = rows.map((row) =>
    toPersonRecord(row.id, openSealedIdentity(ctx.cipher, row.sensitive_identity), row.gender),
  );
  const pairs = findPossibleDuplicates(
    toPersonRecord('new', { ...identity, documents: [], contacts: [] }, gender),
    existing,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const pair of pairs) {
    const row = byId.get(pair.idB);
    if (!row) continue;
    const candidate = toCandidate(row, pair);
    if (can(principal, 'cases.read', placeOfCase(ctx, row), ctx.isWithin)) {
      if (finding.candidates.length < SHOWN) finding.candidates.push(candidate);
    } else finding.outsideReach.push({ candidate, row });
  }
  return finding;
}

/**
 * Every check is audited (counts and the ids shown, never a name), and each case matched outside reach
 * gets one notice to its owning supervisors until they read it. The notice names only their own case.
 */
export async function recordDuplicateCheck(
  ctx: AppContext,
  db: Db,
  actor: Actor,
  finding: DuplicateFinding,
  context: 'check' | 'create-refused' | 'create-confirmed',
): Promise<void> {
  await audit(db, actor, {
    action: 'case.duplicate-check',
    entityType: 'case',
    details: {
      context,
      inReach: finding.candidates.length,
      outsideReach: finding.outsideReach.length,
      ids: finding.candidates.map((candidate) => candidate.caseId),
    },
  });
  for (const { row } of finding.outsideReach) {
    const supervisors = await owningSupervisors(ctx, db, row);
    const recipients = await withoutUnreadNotice(db, supervisors, 'cases.duplicate-outside-reach', row.id);
    await notify(db, {
      recipients,
      kind: 'cases.duplicate-outside-reach',
      caseId: row.id,
      subjectType: 'case',
      subjectId: row.id,
      actorUserId: actor.userId,
    });
  }
}

/** POST /api/cases/duplicate-check: the check before a case is saved, audited with what it answered. */
export async function checkBeforeCreate(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  body: { sensitive: Pick<SensitiveIdentity, 'names' | 'birthDate'>; identity?: { gender?: string } },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const finding = await findDuplicates(ctx, trx, principal, body.sensitive, body.identity?.gender, null);
    await recordDuplicateCheck(ctx, trx, actor, finding, 'check');
    return visibleFinding(finding);
  });
}
