import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { Grant } from '../policy/policy.ts';

type Db = Kysely<DatabaseSchema>;

/** Who an admin list may show: everyone, or accounts of given agencies. */
export type UserFilter = { kind: 'all' } | { kind: 'agencies'; agencyIds: string[] };

const userColumns = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.agency_id',
  'agencies.name as agency_name',
  'users.status',
  'users.mfa_enabled',
  'users.last_sign_in_at',
  'users.version',
] as const;

export async function listUsers(
  db: Db,
  filter: UserFilter,
  query: { q?: string; offset: number; limit: number },
) {
  let base = db.selectFrom('users').leftJoin('agencies', 'agencies.id', 'users.agency_id');
  if (filter.kind === 'agencies') {
    if (filter.agencyIds.length === 0) return { rows: [], total: 0 };
    base = base.where('users.agency_id', 'in', filter.agencyIds);
  }
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['users.username']), 'like', pattern),
        eb(eb.fn('lower', ['users.display_name']), 'like', pattern),
      ]),
    );
  }
  const total = (await base.select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base
    .select(userColumns)
    .orderBy('users.username')
    .offset(query.offset)
    .limit(query.limit)
    .execute();
  return { rows, total };
}

export async function findUser(db: Db, id: string) {
  return db
    .selectFrom('users')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(userColumns)
    .where('users.id', '=', id)
    .executeTakeFirst();
}

export async function grantsOfUsers(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db.selectFrom('user_roles').selectAll().where('user_id', 'in', userIds).orderBy('role').execute();
}

/** The account's id by its user name (user names are unique regardless of case). */
export async function userIdByUsername(db: Db, username: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(
  db: Db,
  user: {
    id: string;
    username: string;
    displayName: string;
    passwordHash: string;
    agencyId: string | null;
    locale?: 'en' | 'uk' | 'ru' | 'ro' | 'be';
    /** True when someone other than the owner chose the password (see auth/authenticate.ts). */
    mustChangePassword?: boolean;
  },
) {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      agency_id: user.agencyId,
      mfa_secret: null,
      last_sign_in_at: null,
      mfa_last_step: null,
      must_change_password: user.mustChangePassword ?? false,
      ...(user.locale ? { locale: user.locale } : {}),
    })
    .execute();
}

export async function replaceGrants(db: Db, userId: string, grants: ReadonlyArray<Grant>) {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  // An account may hold nothing while its grants wait for a second administrator.
  if (grants.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(grants.map((g) => ({ user_id: userId, role: g.role, scope: g.scope, unit_code: g.unitCode })))
    .execute();
}

/** Applies a change only if the version is still the expected one; false when someone was first. */
export async function updateUserIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  change: {
    display_name?: string;
    agency_id?: string | null;
    status?: 'active' | 'disabled';
    mfa_enabled?: boolean;
    mfa_secret?: null;
    password_hash?: string;
    must_change_password?: boolean;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setUserLocale(db: Db, id: string, locale: 'en' | 'uk' | 'ru' | 'ro' | 'be') {
  await db.updateTable('users').set({ locale, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteRecoveryCodes(db: Db, userId: string) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

/** Agencies whose covered units fall within any of the given units (inclusive), walking the tree down. */
export async function agenciesWithinUnits(db: Db, unitCodes: string[]): Promise<string[]> {
  if (unitCodes.length === 0) return [];
  const rows = await sql<{ agency_id: string }>`
    with recursive within_units as (
      select code from admin_units where code in (${sql.join(unitCodes)})
      union
      select child.code from admin_units child join within_units parent on child.parent_code = parent.code
    )
    select distinct agency_id from agency_units where unit_code in (select code from within_units)`.execute(
    db,
  );
  return rows.rows.map((row) => row.agency_id);
}

export async function unitCodesOfAgency(db: Db, agencyId: string | null): Promise<string[]> {
  if (!agencyId) return [];
  const rows = await db
    .selectFrom('agency_units')
    .select('unit_code')
    .where('agency_id', '=', agencyId)
    .execute();
  return rows.map((row) => row.unit_code);
}

export async function existingUnitCodes(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('admin_units').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((row) => row.code));
}

export async function agencyExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function passwordHashesOf(db: Db, usernames: string[]) {
  return db.selectFrom('users').select(['id', 'password_hash']).where('username', 'in', usernames).execute();
}

/** Active staff of an agency who hold a role that works on cases (for assigning an owner). */
export async function caseWorkersOfAgency(db: Db, agencyId: string) {
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'user_roles.role'])
    .where('users.agency_id', '=', agencyId)
    .where('users.status', '=', 'active')
    .where('user_roles.role', 'in', ['caseworker', 'supervisor', 'localcoord', 'police'])
    .orderBy('users.display_name')
    .execute();
}

/** Active accounts holding admin:country (the bootstrap of a node stops at two). */
export async function activeCountryAdministrators(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(db.fn.countAll<number>().as('n'))
    .where('users.status', '=', 'active')
    .where('user_roles.role', '=', 'admin')
    .where('user_roles.scope', '=', 'country')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
