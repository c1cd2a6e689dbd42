import { randomUUID } from 'node:crypto';
import { CHARGED_CHILD_ROLES, type ChildRole } from '../../domain/justice/child-and-measures.ts';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { assertDates, loadJusticeCase } from './justice-access.ts';
import * as repo from './justice.repository.ts';
import type {
  DecisionChange,
  NewDecision,
  NewPerpetrator,
  NonPunishmentDecisionView,
  Perpetrator,
  PerpetratorChange,
} from './justice.schemas.ts';

// Perpetrators (HTCDS RoleInProcess, RelationshipToTrafficker) and non-punishment decisions of a case.

type Db = Kysely<DatabaseSchema>;
const C = {
  name: 'justice_perpetrators.name',
  alias: 'justice_perpetrators.alias',
  authority: 'justice_non_punishment.authority_name',
  offence: 'justice_non_punishment.offence',
  note: 'justice_non_punishment.note',
} as const;

const open = (ctx: AppContext, value: string | null, context: string) =>
  value ? ctx.cipher.decrypt(value, context) : null;
const seal = (ctx: AppContext, value: string | null | undefined, context: string) =>
  value === undefined ? undefined : value === null ? null : ctx.cipher.encrypt(value, context);
const defined = (change: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));

export function toPerpetrator(ctx: AppContext, row: repo.PerpetratorRow): Perpetrator {
  return {
    id: row.id,
    proceedingId: row.proceeding_id,
    roles: row.roles as Perpetrator['roles'],
    relation: row.relation as Perpetrator['relation'],
    familyMember: row.family_member,
    familyMemberId: row.family_member_id,
    sex: row.sex as Perpetrator['sex'],
    nationalities: row.nationalities,
    name: open(ctx, row.name, C.name),
    alias: open(ctx, row.alias, C.alias),
    version: row.version,
  };
}

export function toDecision(ctx: AppContext, row: repo.DecisionRow): NonPunishmentDecisionView {
  return {
    id: row.id,
    decision: row.decision as NonPunishmentDecisionView['decision'],
    decidedOn: row.decided_on,
    authorityAgencyId: row.authority_agency_id,
    authorityAgencyName: row.authority_agency_name,
    authorityName: open(ctx, row.authority_name, C.authority),
    offence: ctx.cipher.decrypt(row.offence, C.offence),
    note: open(ctx, row.note, C.note),
    proceedingId: row.proceeding_id,
    version: row.version,
  };
}

/**
 * A perpetrator linked to one of the case's family members is a family member, related 'Familial'
 * (HTCDS); the link must point into the same case, and a proceeding likewise.
 */
async function checkPerpetrator(db: Db, caseId: string, merged: Omit<NewPerpetrator, 'roles'>) {
  const problems: Array<FieldProblemInput> = [];
  if (merged.proceedingId && !(await repo.findProceeding(db, caseId, merged.proceedingId)))
    problems.push({
      path: 'body.proceedingId',
      code: 'unknown_reference',
      message: 'No such proceedings in this case.',
    });
  if (merged.familyMemberId) {
    if (!(await repo.familyMemberOfCase(db, caseId, merged.familyMemberId)))
      problems.push({
        path: 'body.familyMemberId',
        code: 'unknown_family_member',
        message: 'No such family member in this case.',
      });
    if (!merged.familyMember)
      problems.push({
        path: 'body.familyMember',
        code: 'invalid_choice',
        message: 'A linked family member is a family member.',
      });
  }
  if (merged.familyMember && merged.relation !== null && merged.relation !== 'Familial')
    problems.push({
      path: 'body.relation',
      code: 'invalid_choice',
      message: "A family member's relation to the child is Familial.",
    });
  if (problems.length > 0) throw validationFailed(problems);
}

function storedPerpetrator(ctx: AppContext, input: PerpetratorChange) {
  return defined({
    proceeding_id: input.proceedingId,
    roles: input.roles === undefined ? undefined : JSON.stringify([...new Set(input.roles)]),
    relation: input.relation,
    family_member: input.familyMember,
    family_member_id: input.familyMemberId,
    sex: input.sex,
    nationalities:
      input.nationalities === undefined ? undefined : JSON.stringify([...new Set(input.nationalities)]),
    name: seal(ctx, input.name, C.name),
    alias: seal(ctx, input.alias, C.alias),
  });
}

export async function addPerpetrator(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewPerpetrator,
): Promise<Perpetrator> {
  await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
  const relation = input.familyMember && input.relation === null ? 'Familial' : input.relation;
  await checkPerpetrator(trx, caseId, { ...input, relation });
  const id = randomUUID();
  await repo.insertPerpetrator(trx, {
    id,
    case_id: caseId,
    created_by: principal.userId,
    ...(storedPerpetrator(ctx, { ...input, relation }) as {
      family_member: boolean;
      roles: string;
      nationalities: string;
    }),
  });
  await audit(trx, actor, {
    action: 'case.justice.perpetrator.create',
    entityType: 'case',
    entityId: caseId,
    details: { perpetratorId: id },
  });
  return toPerpetrator(ctx, (await repo.findPerpetrator(trx, caseId, id))!);
}

export async function updatePerpetrator(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  perpetratorId: string,
  version: number,
  input: PerpetratorChange,
): Promise<Perpetrator> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
    const existing = await repo.findPerpetrator(trx, caseId, perpetratorId);
    if (!existing) throw notFound('The perpetrator');
    const current = toPerpetrator(ctx, existing);
    await checkPerpetrator(trx, caseId, { ...current, ...input });
    if (
      !(await repo.updatePerpetratorIfVersion(
        trx,
        caseId,
        perpetratorId,
        version,
        storedPerpetrator(ctx, input),
      ))
    )
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.justice.perpetrator.update',
      entityType: 'case',
      entityId: caseId,
      details: { perpetratorId, fields: Object.keys(input) },
    });
    return toPerpetrator(ctx, (await repo.findPerpetrator(trx, caseId, perpetratorId))!);
  });
}

export async function deletePerpetrator(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  perpetratorId: string,
  version: number,
): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
    if (!(await repo.findPerpetrator(trx, caseId, perpetratorId))) throw notFound('The perpetrator');
    if (!(await repo.deletePerpetratorIfVersion(trx, caseId, perpetratorId, version))) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.justice.perpetrator.delete',
      entityType: 'case',
      entityId: caseId,
      details: { perpetratorId },
    });
  });
}

async function checkDecision(ctx: AppContext, db: Db, caseId: string, input: DecisionChange) {
  if (input.proceedingId) {
    const charge = await repo.findProceeding(db, caseId, input.proceedingId);
    if (!charge || !CHARGED_CHILD_ROLES.includes(charge.child_role as ChildRole))
      throw validationFailed([
        {
          path: 'body.proceedingId',
          code: 'not_a_charge_against_the_child',
          message: 'Name proceedings of this case in which the child is the suspect or the accused.',
        },
      ]);
  }
  if (input.authorityAgencyId && !(await repo.agencyExists(db, input.authorityAgencyId)))
    throw validationFailed([
      { path: 'body.authorityAgencyId', code: 'unknown_reference', message: 'No such agency.' },
    ]);
  assertDates(ctx, [{ path: 'body.decidedOn', value: input.decidedOn }]);
}

function storedDecision(ctx: AppContext, input: DecisionChange) {
  return defined({
    decision: input.decision,
    decided_on: input.decidedOn,
    authority_agency_id: input.authorityAgencyId,
    authority_name: seal(ctx, input.authorityName, C.authority),
    offence: seal(ctx, input.offence, C.offence),
    note: seal(ctx, input.note, C.note),
    proceeding_id: input.proceedingId,
  });
}

export async function addDecision(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewDecision,
): Promise<NonPunishmentDecisionView> {
  await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
  await checkDecision(ctx, trx, caseId, input);
  const id = randomUUID();
  await repo.insertDecision(trx, {
    id,
    case_id: caseId,
    created_by: principal.userId,
    ...(storedDecision(ctx, input) as { decision: string; offence: string }),
  });
  await audit(trx, actor, {
    action: 'case.justice.non-punishment.create',
    entityType: 'case',
    entityId: caseId,
    details: { decisionId: id, decision: input.decision },
  });
  return toDecision(ctx, (await repo.findDecision(trx, caseId, id))!);
}

export async function updateDecision(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  decisionId: string,
  version: number,
  input: DecisionChange,
): Promise<NonPunishmentDecisionView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
    if (!(await repo.findDecision(trx, caseId, decisionId))) throw notFound('The decision');
    await checkDecision(ctx, trx, caseId, input);
    if (!(await repo.updateDecisionIfVersion(trx, caseId, decisionId, version, storedDecision(ctx, input))))
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.justice.non-punishment.update',
      entityType: 'case',
      entityId: caseId,
      details: { decisionId, fields: Object.keys(input) },
    });
    return toDecision(ctx, (await repo.findDecision(trx, caseId, decisionId))!);
  });
}
