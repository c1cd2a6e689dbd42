// Multidisciplinary teams that span agencies (migration 024). A team belongs to a place; the local or
// national coordinator of that place convenes it and changes its members; a supervisor or coordinator
// who holds a case gives it to a team of the case's place. Membership reaches the team's cases through
// the member's own role (policy.ts grantReaches), so it is access: nobody changes a team they sit on,
// and every change is audited with who was added and removed (ids only, no names).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { loadCase } from '../cases/case-access.ts';
import { updateCaseIfVersion } from '../cases/cases.repository.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, conflict, forbidden, notFound, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { type Action, can, mayAttempt, type ResourcePlace } from '../policy/policy.ts';
import { existingUnitCodes } from '../users/users.repository.ts';
import * as repo from './teams.repository.ts';

type Db = Kysely<DatabaseSchema>;

export interface Team {
  id: string;
  name: string;
  unitCode: string;
  members: { userId: string; displayName: string; agencyName: string | null }[];
  version: number;
}

const placeOfTeam = (ctx: AppContext, team: { id: string; unit_code: string }): ResourcePlace => ({
  country: ctx.config.country,
  unitCodes: [team.unit_code],
  teamId: team.id,
});

async function withMembers(db: Db, rows: Awaited<ReturnType<typeof repo.listTeams>>): Promise<Team[]> {
  const members = await repo.membersOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    unitCode: row.unit_code,
    version: row.version,
    members: members
      .filter((member) => member.team_id === row.id)
      .map((member) => ({
        userId: member.user_id,
        displayName: member.display_name,
        agencyName: member.agency_name,
      })),
  }));
}

/**
 * The teams of the node. Like the service directory, a team is organisational data (a place, staff
 * names and agencies, no child's), and a case may be given to any team of its place, so whoever may
 * read teams at all reads them all; changing them stays with the coordinator of the place.
 */
export async function listTeams(ctx: AppContext, principal: SignedInUser, actor: Actor): Promise<Team[]> {
  const db = ctx.database.db;
  if (!mayAttempt(principal, 'teams.read')) throw forbidden();
  const visible = await repo.listTeams(db);
  await audit(db, actor, { action: 'team.list', details: { teams: visible.length } });
  return withMembers(db, visible);
}

export interface MemberCandidate {
  userId: string;
  displayName: string;
  agencyName: string;
  roles: string[];
}

/** Who a coordinator may put on a team: active staff of the node's agencies (never the coordinator). */
export async function memberCandidates(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
): Promise<MemberCandidate[]> {
  if (!mayAttempt(principal, 'teams.manage')) throw forbidden();
  const byUser = new Map<string, MemberCandidate>();
  for (const row of await repo.memberCandidates(ctx.database.db)) {
    if (row.id === principal.userId || row.role === 'admin' || row.role === 'analyst') continue;
    const entry = byUser.get(row.id) ?? {
      userId: row.id,
      displayName: row.display_name,
      agencyName: row.agency_name,
      roles: [],
    };
    entry.roles.push(row.role);
    byUser.set(row.id, entry);
  }
  await audit(ctx.database.db, actor, { action: 'team.candidates', details: { count: byUser.size } });
  return [...byUser.values()];
}

/** Membership opens the team's cases: it is access, and nobody grants themselves access. */
const ownTeamRefused = () =>
  new AppError(
    'own_grants',
    'Nobody adds themselves to a team or changes a team they sit on: ask another coordinator.',
  );

async function checkMembers(db: Db, principal: SignedInUser, userIds: string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.includes(principal.userId)) throw ownTeamRefused();
  const active = await repo.activeUserIds(db, unique);
  const problems = unique.flatMap((id, i) =>
    active.has(id)
      ? []
      : [{ path: `body.memberIds.${i}`, code: 'unknown_reference' as const, message: 'Not an active user.' }],
  );
  if (problems.length > 0) throw validationFailed(problems);
  return unique;
}

export async function createTeam(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  input: { name: string; unitCode: string; memberIds: string[] },
): Promise<Team> {
  if (!(await existingUnitCodes(trx, [input.unitCode])).has(input.unitCode))
    throw validationFailed([{ path: 'body.unitCode', code: 'unknown_reference', message: 'Unknown place.' }]);
  const id = randomUUID();
  if (!can(principal, 'teams.manage', placeOfTeam(ctx, { id, unit_code: input.unitCode }), ctx.isWithin))
    throw forbidden();
  if (await repo.teamNameTaken(trx, input.name))
    throw conflict('A team with this name already exists.', [
      { path: 'body.name', code: 'already_exists', message: 'Already exists.' },
    ]);
  const members = await checkMembers(trx, principal, input.memberIds);
  await repo.insertTeam(trx, { id, name: input.name, unitCode: input.unitCode, createdBy: principal.userId });
  await repo.replaceMembers(trx, id, members, principal.userId);
  await audit(trx, actor, {
    action: 'team.create',
    entityType: 'team',
    entityId: id,
    details: { unitCode: input.unitCode, added: members },
  });
  const [team] = await withMembers(trx, [(await repo.findTeam(trx, id))!]);
  return team!;
}

export async function replaceTeamMembers(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  teamId: string,
  version: number,
  memberIds: string[],
): Promise<Team> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.findTeam(trx, teamId);
    if (!row) throw notFound('The team');
    if (!can(principal, 'teams.manage', placeOfTeam(ctx, row), ctx.isWithin)) throw forbidden();
    const before = (await repo.membersOf(trx, [teamId])).map((member) => member.user_id);
    if (before.includes(principal.userId)) throw ownTeamRefused();
    const after = await checkMembers(trx, principal, memberIds);
    if (!(await repo.touchTeamIfVersion(trx, teamId, version))) throw staleVersion();
    await repo.replaceMembers(trx, teamId, after, principal.userId);
    await audit(trx, actor, {
      action: 'team.members',
      entityType: 'team',
      entityId: teamId,
      details: {
        added: after.filter((id) => !before.includes(id)),
        removed: before.filter((id) => !after.includes(id)),
      },
    });
    const [team] = await withMembers(trx, [(await repo.findTeam(trx, teamId))!]);
    return team!;
  });
}

const CASE_TEAM_ACTION: Action = 'cases.transfer';

/**
 * Gives a case to a team of its place (or takes it back: null). The owning agency stays responsible;
 * the team's members reach the case through their own roles.
 */
export async function setCaseTeam(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  version: number,
  teamId: string | null,
): Promise<{ teamId: string | null; version: number }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await loadCase(ctx, trx, principal, caseId, CASE_TEAM_ACTION);
    if (teamId !== null) {
      const team = await repo.findTeam(trx, teamId);
      if (!team)
        throw validationFailed([
          { path: 'body.teamId', code: 'unknown_reference', message: 'Unknown team.' },
        ]);
      // A local team works on the children of its own place.
      if (!ctx.isWithin(row.unit_code, team.unit_code))
        throw validationFailed([
          {
            path: 'body.teamId',
            code: 'unknown_reference',
            message: "The team does not cover the case's place.",
          },
        ]);
    }
    if (!(await updateCaseIfVersion(trx, caseId, version, { owner_team_id: teamId }))) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.team',
      entityType: 'case',
      entityId: caseId,
      details: { teamId, previousTeamId: row.owner_team_id },
    });
    return { teamId, version: version + 1 };
  });
}
