import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { NotificationsTable } from '../db/schema-notifications-approvals.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;
export type NotificationRow = Selectable<NotificationsTable>;

export async function insertNotifications(db: Db, rows: ReadonlyArray<Insertable<NotificationsTable>>) {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values([...rows])
    .execute();
}

/** Which of these users have an unread notification of this kind about this subject. */
export async function usersWithUnread(
  db: Db,
  userIds: ReadonlyArray<string>,
  kind: string,
  subjectId: string,
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('notifications')
    .select('user_id')
    .distinct()
    .where('user_id', 'in', [...userIds])
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('read_at', 'is', null)
    .execute();
  return rows.map((row) => row.user_id);
}

/** The users, each with all their grants (one query for all of them). */
async function withGrants<User extends { id: string }>(db: Db, users: User[]) {
  if (users.length === 0) return [];
  const grants = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role', 'scope', 'unit_code'])
    .where(
      'user_id',
      'in',
      users.map((u) => u.id),
    )
    .execute();
  return users.map((user) => ({ ...user, grants: grants.filter((g) => g.user_id === user.id) }));
}

/** Active users holding any of these roles, with all their grants (the caller checks reach). */
export async function activeUsersWithRoles(db: Db, roles: ReadonlyArray<string>) {
  if (roles.length === 0) return [];
  const users = await db
    .selectFrom('users')
    .select(['users.id', 'users.agency_id'])
    .where('users.status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles')
          .select(sql`1`.as('one'))
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('user_roles.role', 'in', [...roles]),
      ),
    )
    .execute();
  return withGrants(db, users);
}

/** The user's notifications, unread first, newest first within each. */
export async function listForUser(
  db: Db,
  userId: string,
  paging: { offset: number; limit: number; unreadOnly: boolean },
  /** Notifications the reader may not get now (notice-visibility.ts), left out of the list and total. */
  hiddenIds: ReadonlyArray<string> = [],
) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (paging.unreadOnly) base = base.where('read_at', 'is', null);
  if (hiddenIds.length > 0) base = base.where('id', 'not in', [...hiddenIds]);
  const total = (await base.select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base
    .selectAll()
    .orderBy(sql`read_at is null`, 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .offset(paging.offset)
    .limit(paging.limit)
    .execute();
  return { rows, total: Number(total) };
}

/** Pseudonymous case codes, to tell notifications apart. */
export async function caseCodes(db: Db, caseIds: ReadonlyArray<string>): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'code'])
    .where('id', 'in', [...caseIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row.code]));
}

export async function unreadCount(
  db: Db,
  userId: string,
  hiddenIds: ReadonlyArray<string> = [],
): Promise<number> {
  let query = db
    .selectFrom('notifications')
    .select(db.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (hiddenIds.length > 0) query = query.where('id', 'not in', [...hiddenIds]);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findForUser(db: Db, userId: string, id: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function markRead(db: Db, userId: string, id: string, at: Date) {
  await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

export async function markAllRead(db: Db, userId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// The e-mail outbox: rows waiting for the mailer are claimed (pending → sending) so that two runs, or
// two processes on one PostgreSQL, never send the same notice twice.

export async function claimPendingEmails(db: Db, since: Date, limit: number) {
  return db
    .updateTable('notifications')
    .set({ email_state: 'sending' })
    .where(
      'id',
      'in',
      db
        .selectFrom('notifications')
        .select('id')
        .where('email_state', '=', 'pending')
        .where('created_at', '>=', since)
        .orderBy('created_at')
        .limit(limit),
    )
    .where('email_state', '=', 'pending')
    .returning(['id', 'user_id'])
    .execute();
}

/** Notices too old to be worth an e-mail any more (e.g. queued while the mailer was off). */
export async function skipStaleEmails(db: Db, before: Date) {
  await db
    .updateTable('notifications')
    .set({ email_state: 'skipped' })
    .where('email_state', '=', 'pending')
    .where('created_at', '<', before)
    .execute();
}

export async function setEmailState(
  db: Db,
  ids: ReadonlyArray<string>,
  state: 'sent' | 'skipped' | 'failed',
) {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ email_state: state })
    .where('id', 'in', [...ids])
    .execute();
}

/** Addresses (encrypted) and locales of active recipients. */
export async function emailTargets(db: Db, userIds: ReadonlyArray<string>) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users')
    .innerJoin('user_emails', 'user_emails.user_id', 'users.id')
    .select(['users.id', 'users.locale', 'user_emails.email'])
    .where('users.id', 'in', [...userIds])
    .where('users.status', '=', 'active')
    .execute();
}

export async function findEmail(db: Db, userId: string) {
  return db.selectFrom('user_emails').select('email').where('user_id', '=', userId).executeTakeFirst();
}

export async function setEmail(db: Db, userId: string, encrypted: string | null) {
  if (encrypted === null) {
    await db.deleteFrom('user_emails').where('user_id', '=', userId).execute();
    return;
  }
  await db
    .insertInto('user_emails')
    .values({ user_id: userId, email: encrypted, updated_at: new Date() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ email: encrypted, updated_at: new Date() }))
    .execute();
}

/**
 * Active users with an e-mail address who have not had this kind of notice for this day yet, with
 * their grants (reminders are only worth making for people they can reach).
 */
export async function reminderCandidates(db: Db, kind: string, day: string) {
  const users = await db
    .selectFrom('users')
    .innerJoin('user_emails', 'user_emails.user_id', 'users.id')
    .select(['users.id', 'users.agency_id', 'users.username', 'users.display_name', 'users.locale'])
    .where('users.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('notifications')
            .select(sql`1`.as('one'))
            .whereRef('notifications.user_id', '=', 'users.id')
            .where('notifications.kind', '=', kind)
            .where('notifications.subject_id', '=', day),
        ),
      ),
    )
    .execute();
  return withGrants(db, users);
}
