import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function listTeams(db: Db) {
  return db.selectFrom('teams').selectAll().orderBy('name').execute();
}

export async function findTeam(db: Db, id: string) {
  return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function teamNameTaken(db: Db, name: string, exceptId?: string) {
  let query = db
    .selectFrom('teams')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertTeam(
  db: Db,
  team: { id: string; name: string; unitCode: string; createdBy: string },
) {
  await db
    .insertInto('teams')
    .values({ id: team.id, name: team.name, unit_code: team.unitCode, created_by: team.createdBy })
    .execute();
}

/** Bumps the team's version if it is still `version`; false when someone changed it in between. */
export async function touchTeamIfVersion(db: Db, id: string, version: number) {
  const result = await db
    .updateTable('teams')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function membersOf(db: Db, teamIds: string[]) {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'team_members.team_id',
      'users.id as user_id',
      'users.display_name',
      'agencies.name as agency_name',
    ])
    .where('team_members.team_id', 'in', teamIds)
    .orderBy('users.display_name')
    .execute();
}

export async function replaceMembers(db: Db, teamId: string, userIds: string[], addedBy: string) {
  await db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (userIds.length > 0)
    await db
      .insertInto('team_members')
      .values(userIds.map((userId) => ({ team_id: teamId, user_id: userId, added_by: addedBy })))
      .execute();
}

/** Which of these users hold an active account of this node. */
export async function activeUserIds(db: Db, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', userIds)
    .where('status', '=', 'active')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Active accounts that could sit on a team: staff of any agency of the node, with their roles. */
export async function memberCandidates(db: Db) {
  return db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'agencies.name as agency_name', 'user_roles.role'])
    .where('users.status', '=', 'active')
    .orderBy('users.display_name')
    .execute();
}
