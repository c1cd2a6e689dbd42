import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { ReferralsTable, ServicesDeliveredTable } from '../db/schema-referrals.ts';
import { caseInReach } from '../cases/case-reach.repository.ts';
import type { CaseReach } from '../cases/case-reach.ts';

type Db = Kysely<DatabaseSchema>;

function withNames(db: Db) {
  return db
    .selectFrom('referrals')
    .innerJoin('cases', 'cases.id', 'referrals.case_id')
    .leftJoin('services', 'services.id', 'referrals.service_id')
    .leftJoin('agencies as sender_agency', 'sender_agency.id', 'referrals.sender_agency_id')
    .leftJoin('agencies as recipient_agency', 'recipient_agency.id', 'referrals.recipient_agency_id')
    .leftJoin('users as sender', 'sender.id', 'referrals.sender_user_id')
    .selectAll('referrals')
    .select([
      'cases.code as case_code',
      'cases.owner_agency_id as case_owner_agency_id',
      'cases.owner_user_id as case_owner_user_id',
      'cases.owner_team_id as case_owner_team_id',
      'cases.unit_code as case_unit_code',
      'services.name as service_name',
      'sender_agency.name as sender_agency_name',
      'recipient_agency.name as recipient_agency_name',
      'sender.display_name as sender_name',
    ]);
}

export async function findReferral(db: Db, id: string) {
  return withNames(db).where('referrals.id', '=', id).executeTakeFirst();
}
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/** Locks the referral for a state change (FOR UPDATE is a no-op on PGlite's single connection). */
export async function lockReferral(db: Db, id: string) {
  await sql`select id from referrals where id = ${id} for update`.execute(db);
}

export type ReferralFilter = {
  /** Incoming: addressed to this agency (never awaiting an override). */
  recipientAgencyId?: string;
  /** Outgoing: referrals of the cases in this reach. */
  caseReach?: CaseReach;
  caseId?: string;
  state?: string;
  overdueAt?: { now: Date; overdue: boolean };
};

export async function listReferrals(db: Db, filter: ReferralFilter, limit = 500) {
  let query = withNames(db);
  if (filter.recipientAgencyId)
    query = query
      .where('referrals.recipient_agency_id', '=', filter.recipientAgencyId)
      .where('referrals.state', '!=', 'awaiting-override');
  if (filter.caseId) query = query.where('referrals.case_id', '=', filter.caseId);
  const reach = filter.caseReach;
  if (reach && !reach.all) {
    query = query.where(caseInReach(reach));
  }
  if (filter.state) query = query.where('referrals.state', '=', filter.state);
  if (filter.overdueAt) {
    const { now, overdue } = filter.overdueAt;
    query = overdue
      ? query.where('referrals.state', '=', 'sent').where('referrals.due_at', '<', now)
      : query.where((eb) => eb.or([eb('referrals.state', '!=', 'sent'), eb('referrals.due_at', '>=', now)]));
  }
  return query.orderBy('referrals.created_at', 'desc').orderBy('referrals.id').limit(limit).execute();
}

export async function insertReferral(db: Db, row: Insertable<ReferralsTable>) {
  await db.insertInto('referrals').values(row).execute();
}

export async function updateReferralIfVersion(
  db: Db,
  id: string,
  version: number,
  change: Updateable<ReferralsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('referrals')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function appendEvent(
  db: Db,
  event: {
    referralId: string;
    type: string;
    fromState: string | null;
    toState: string;
    actorId: string | null;
    actorAgencyId: string | null;
  },
) {
  const last = await db
    .selectFrom('referral_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('referral_id', '=', event.referralId)
    .executeTakeFirst();
  await db
    .insertInto('referral_events')
    .values({
      referral_id: event.referralId,
      seq: Number(last?.seq ?? 0) + 1,
      type: event.type,
      from_state: event.fromState,
      to_state: event.toState,
      actor_id: event.actorId,
      actor_agency_id: event.actorAgencyId,
    })
    .execute();
}

export async function eventsOf(db: Db, referralId: string) {
  return db
    .selectFrom('referral_events')
    .leftJoin('agencies', 'agencies.id', 'referral_events.actor_agency_id')
    .selectAll('referral_events')
    .select('agencies.name as actor_agency_name')
    .where('referral_id', '=', referralId)
    .orderBy('seq')
    .execute();
}

/** What the package may draw on besides the case row: the guardian and the victim status. */
export async function guardianOf(db: Db, caseId: string) {
  return db.selectFrom('case_guardians').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}
export async function statusOf(db: Db, caseId: string) {
  return db.selectFrom('case_status').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function firstUnitOfAgency(db: Db, agencyId: string): Promise<string | null> {
  const row = await db
    .selectFrom('agency_units')
    .select('unit_code')
    .where('agency_id', '=', agencyId)
    .orderBy('unit_code')
    .executeTakeFirst();
  return row?.unit_code ?? null;
}

function deliveredWithNames(db: Db) {
  return db
    .selectFrom('services_delivered')
    .leftJoin('agencies', 'agencies.id', 'services_delivered.agency_id')
    .leftJoin('users', 'users.id', 'services_delivered.user_id')
    .selectAll('services_delivered')
    .select(['agencies.name as agency_name', 'users.display_name as user_name']);
}

export async function servicesDelivered(db: Db, where: { caseId?: string; referralId?: string }) {
  let query = deliveredWithNames(db);
  if (where.caseId) query = query.where('services_delivered.case_id', '=', where.caseId);
  if (where.referralId) query = query.where('services_delivered.referral_id', '=', where.referralId);
  return query.orderBy('services_delivered.delivered_on').orderBy('services_delivered.created_at').execute();
}
export type ServiceDeliveredRow = Awaited<ReturnType<typeof servicesDelivered>>[number];

export async function findServiceDelivered(db: Db, id: string) {
  return deliveredWithNames(db).where('services_delivered.id', '=', id).executeTakeFirst();
}

export async function insertServiceDelivered(db: Db, row: Insertable<ServicesDeliveredTable>) {
  await db.insertInto('services_delivered').values(row).execute();
}

export async function servicesLinkedToGoals(db: Db, caseId: string) {
  return db
    .selectFrom('services_delivered')
    .select(['id', 'plan_goal_id', 'service_kind', 'delivered_on', 'outcome'])
    .where('case_id', '=', caseId)
    .where('plan_goal_id', 'is not', null)
    .orderBy('delivered_on')
    .execute();
}

export async function planGoalOfCase(db: Db, goalId: string, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('plan_goals')
    .select('id')
    .where('id', '=', goalId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inbox: sent referrals addressed to an agency, and sent referrals past due of cases in a set. */
export async function awaitingAnswer(db: Db, where: { recipientAgencyId?: string; senderUserId?: string }) {
  let query = db
    .selectFrom('referrals')
    .innerJoin('cases', 'cases.id', 'referrals.case_id')
    .select([
      'referrals.id',
      'referrals.case_id',
      'cases.code as case_code',
      'referrals.due_at',
      'cases.owner_user_id',
      'cases.owner_team_id',
      'referrals.sender_user_id',
    ])
    .where('referrals.state', '=', 'sent');
  if (where.recipientAgencyId)
    query = query.where('referrals.recipient_agency_id', '=', where.recipientAgencyId);
  if (where.senderUserId) {
    const userId = where.senderUserId;
    query = query.where((eb) =>
      eb.or([eb('referrals.sender_user_id', '=', userId), eb('cases.owner_user_id', '=', userId)]),
    );
  }
  return query.orderBy('referrals.due_at').limit(200).execute();
}

/** Demo seed only: the directory's active services, and moving a deadline into the past. */
export async function activeServices(db: Db) {
  return db
    .selectFrom('services')
    .select(['id', 'kind', 'agency_id', 'capacity'])
    .where('status', '=', 'active')
    .orderBy('name')
    .execute();
}
export async function setDueAt(db: Db, id: string, dueAt: Date) {
  await db
    .updateTable('referrals')
    .set({ due_at: dueAt, sent_at: new Date(dueAt.getTime() - 3 * 86_400_000) })
    .where('id', '=', id)
    .execute();
}
