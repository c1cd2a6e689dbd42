import { type Insertable, type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { PlanActionsTable, PlanGoalsTable, PlansTable } from '../db/schema-plans.ts';

type Db = Kysely<DatabaseSchema>;

export async function listPlans(db: Db, caseId: string) {
  return db.selectFrom('plans').selectAll().where('case_id', '=', caseId).orderBy('number', 'desc').execute();
}
export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

export async function findPlan(db: Db, caseId: string, planId: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', planId)
    .executeTakeFirst();
}

export async function findPlanById(db: Db, planId: string) {
  return db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
}

export async function goalsOf(db: Db, planIds: ReadonlyArray<string>) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('plan_goals')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy('position')
    .execute();
}
export type GoalRow = Awaited<ReturnType<typeof goalsOf>>[number];

export async function actionsOf(db: Db, planIds: ReadonlyArray<string>) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('plan_actions')
    .leftJoin('agencies', 'agencies.id', 'plan_actions.responsible_agency_id')
    .selectAll('plan_actions')
    .select('agencies.name as agency_name')
    .where('plan_actions.plan_id', 'in', planIds)
    .orderBy('plan_actions.goal_id')
    .orderBy('plan_actions.position')
    .execute();
}
export type ActionRow = Awaited<ReturnType<typeof actionsOf>>[number];

export async function insertPlan(db: Db, row: Insertable<PlansTable>) {
  await db.insertInto('plans').values(row).execute();
}

export async function insertGoal(db: Db, row: Insertable<PlanGoalsTable>) {
  await db.insertInto('plan_goals').values(row).execute();
}

export async function insertActions(db: Db, rows: ReadonlyArray<Insertable<PlanActionsTable>>) {
  if (rows.length > 0)
    await db
      .insertInto('plan_actions')
      .values([...rows])
      .execute();
}

export async function updateGoal(
  db: Db,
  planId: string,
  id: string,
  change: Pick<
    PlanGoalsTable,
    'position' | 'domain' | 'support_plan_type' | 'objective' | 'status' | 'review_on'
  >,
) {
  await db.updateTable('plan_goals').set(change).where('plan_id', '=', planId).where('id', '=', id).execute();
}

export async function setGoalStatus(db: Db, planId: string, id: string, status: string) {
  await db
    .updateTable('plan_goals')
    .set({ status })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .execute();
}

export async function setActionStatus(db: Db, planId: string, id: string, status: string) {
  await db
    .updateTable('plan_actions')
    .set({ status })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .execute();
}

export async function deleteActionsOfPlan(db: Db, planId: string) {
  await db.deleteFrom('plan_actions').where('plan_id', '=', planId).execute();
}

/**
 * Removes goals; false when a goal is still referenced (services delivered towards it). Runs inside
 * the caller's transaction: a savepoint keeps a refused delete from aborting the whole transaction.
 */
export async function deleteGoals(db: Db, planId: string, ids: ReadonlyArray<string>): Promise<boolean> {
  if (ids.length === 0) return true;
  await sql`savepoint plan_goals_delete`.execute(db);
  try {
    await db.deleteFrom('plan_goals').where('plan_id', '=', planId).where('id', 'in', ids).execute();
    await sql`release savepoint plan_goals_delete`.execute(db);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== '23503') throw error;
    await sql`rollback to savepoint plan_goals_delete`.execute(db);
    return false;
  }
}

/** Bumps the version if it still is `version`; the plan's ETag covers its goals and actions. */
export async function updatePlanIfVersion(
  db: Db,
  planId: string,
  version: number,
  change: Partial<
    Pick<
      PlansTable,
      | 'status'
      | 'planned_end'
      | 'actual_end'
      | 'review_on'
      | 'submitted_by'
      | 'submitted_at'
      | 'decided_by'
      | 'decided_at'
    >
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function supersedeApproved(db: Db, caseId: string, exceptId: string) {
  await db
    .updateTable('plans')
    .set((eb) => ({ status: 'superseded', updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('status', '=', 'approved')
    .where('id', '!=', exceptId)
    .execute();
}

export async function nextPlanNumber(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function existingAgencyIds(db: Db, ids: ReadonlyArray<string>): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('agencies').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Goals of the latest plan version of a case (any status: a draft being worked on counts too). */
export async function goalsOfLatestPlan(db: Db, caseId: string) {
  return db
    .selectFrom('plan_goals')
    .innerJoin('plans', 'plans.id', 'plan_goals.plan_id')
    .select(['plan_goals.domain', 'plan_goals.status'])
    .where('plans.case_id', '=', caseId)
    .where('plans.number', '=', (eb) =>
      eb
        .selectFrom('plans as p')
        .select((e) => e.fn.max('p.number').as('n'))
        .where('p.case_id', '=', caseId),
    )
    .execute();
}

/** Open actions past due on plans in force, with the case's place (inbox). */
export async function overdueActionsInForce(db: Db, today: string, limit: number) {
  return db
    .selectFrom('plan_actions')
    .innerJoin('plans', 'plans.id', 'plan_actions.plan_id')
    .innerJoin('cases', 'cases.id', 'plans.case_id')
    .select([
      'plan_actions.id',
      'plan_actions.due_on',
      'plans.id as plan_id',
      'cases.id as case_id',
      'cases.code',
      'cases.owner_agency_id',
      'cases.unit_code',
      'cases.owner_user_id',
      'cases.owner_team_id',
    ])
    .where('plans.status', '=', 'approved')
    .where('plan_actions.status', 'in', ['planned', 'in-progress'])
    .where('plan_actions.due_on', '<', today)
    .where('cases.merged_into', 'is', null)
    .orderBy('plan_actions.due_on')
    .limit(limit)
    .execute();
}

/** Plans in force whose review date is on or before `until` (inbox). */
export async function reviewsDueBy(db: Db, until: string, limit: number) {
  return db
    .selectFrom('plans')
    .innerJoin('cases', 'cases.id', 'plans.case_id')
    .select([
      'plans.id',
      'plans.review_on',
      'cases.id as case_id',
      'cases.code',
      'cases.owner_agency_id',
      'cases.unit_code',
      'cases.owner_user_id',
      'cases.owner_team_id',
    ])
    .where('plans.status', '=', 'approved')
    .where('plans.review_on', '<=', until)
    .where('cases.merged_into', 'is', null)
    .orderBy('plans.review_on')
    .limit(limit)
    .execute();
}
