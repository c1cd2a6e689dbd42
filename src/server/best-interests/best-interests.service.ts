import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DurableSolution } from '../../domain/best-interests/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase, placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { conflict, forbidden, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { can, type FieldGroup } from '../policy/policy.ts';
import * as repo from './best-interests.repository.ts';
import type { Assessment, Sections } from './best-interests.schemas.ts';
import { hiddenSectionsFor, SECTION_GROUPS, sealJson, toAssessment } from './best-interests.view.ts';

type Db = Kysely<DatabaseSchema>;
export type CaseRow = Awaited<ReturnType<typeof loadCase>>;

export async function view(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  file: CaseRow,
  rows: repo.AssessmentRow[],
) {
  const panel = await repo.panelsOf(
    db,
    rows.map((row) => row.id),
  );
  const place = placeOfCase(ctx, file);
  const may = {
    record: can(principal, 'best-interests.record', place, ctx.isWithin),
    decide: can(principal, 'best-interests.decide', place, ctx.isWithin),
    groups: fieldGroupsOnCase(ctx, principal, file),
  };
  return rows.map((row) => toAssessment(ctx, principal, row, panel, may));
}

export async function one(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  file: CaseRow,
  id: string,
): Promise<Assessment> {
  const row = await repo.findAssessment(db, file.id, id);
  if (!row) throw notFound('The assessment');
  return (await view(ctx, db, principal, file, [row]))[0]!;
}

export async function listAssessments(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const rows = await repo.listAssessments(db, caseId);
  await audit(db, actor, {
    action: 'case.best-interests.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length, hidden: hiddenSectionsFor(fieldGroupsOnCase(ctx, principal, file)) },
  });
  return {
    items: await view(ctx, db, principal, file, rows),
    durableSolution: (await repo.latestDecidedSolution(db, caseId)) as DurableSolution | null,
  };
}

async function sectionColumns(
  ctx: AppContext,
  db: Db,
  groups: ReadonlyArray<FieldGroup>,
  caseId: string,
  input: Sections,
) {
  const hidden = hiddenSectionsFor(groups);
  for (const section of ['childViews', 'familyAssessment', 'riskAssessment', 'options'] as const) {
    if (input[section] !== undefined && hidden.includes(section)) throw forbidden();
  }
  if (input.familyAssessment) {
    const known = new Set((await repo.familyOfCase(db, caseId)).map((member) => member.id));
    const problems = input.familyAssessment.flatMap((member, index): FieldProblemInput[] =>
      known.has(member.familyMemberId)
        ? []
        : [
            {
              path: `body.familyAssessment.${index}.familyMemberId`,
              code: 'unknown_family_member',
              message: 'Not a family member of this case.',
            },
          ],
    );
    if (problems.length > 0) throw validationFailed(problems);
  }
  const columns: Record<string, unknown> = {};
  if (input.childViews !== undefined)
    columns.child_views = sealJson(ctx, input.childViews, 'best_interests.child_views');
  if (input.familyAssessment !== undefined)
    columns.family_assessment = sealJson(ctx, input.familyAssessment, 'best_interests.family_assessment');
  if (input.options !== undefined) columns.options = sealJson(ctx, input.options, 'best_interests.options');
  if (input.riskAssessment !== undefined) {
    const risk = input.riskAssessment;
    columns.risk_level = risk?.riskLevel ?? null;
    columns.return_in_best_interests = risk?.returnInBestInterests ?? null;
    columns.risk_assessed_on = risk?.assessedOn ?? null;
    columns.risk_factors = risk ? ctx.cipher.encrypt(risk.factors, 'best_interests.risk_factors') : null;
  }
  return columns;
}

const sectionsNamed = (input: Sections) => Object.keys(input).filter((key) => key in SECTION_GROUPS);

export async function createAssessment(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: Sections,
): Promise<Assessment> {
  const file = await loadCase(ctx, trx, principal, caseId, 'best-interests.record');
  const id = randomUUID();
  await repo.insertAssessment(trx, {
    id,
    case_id: caseId,
    status: 'open',
    created_by: principal.userId,
    ...(await sectionColumns(ctx, trx, fieldGroupsOnCase(ctx, principal, file), caseId, input)),
  });
  await audit(trx, actor, {
    action: 'case.best-interests.create',
    entityType: 'case',
    entityId: caseId,
    details: { assessmentId: id, sections: sectionsNamed(input) },
  });
  return one(ctx, trx, principal, file, id);
}

export async function locked(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  caseId: string,
  id: string,
  version: number,
  action: 'best-interests.record' | 'best-interests.decide',
) {
  const file = await loadCase(ctx, trx, principal, caseId, action);
  const row = await repo.findAssessment(trx, caseId, id);
  if (!row) throw notFound('The assessment');
  if (row.version !== version) throw staleVersion();
  return { file, row };
}

export async function updateSections(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  id: string,
  version: number,
  input: Sections,
): Promise<Assessment> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await locked(ctx, trx, principal, caseId, id, version, 'best-interests.record');
    if (row.status !== 'open')
      throw conflict('The assessment is locked while a decision is proposed or once it is decided.');
    const columns = await sectionColumns(ctx, trx, fieldGroupsOnCase(ctx, principal, file), caseId, input);
    if (!(await repo.updateIfVersion(trx, id, version, columns))) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.best-interests.update',
      entityType: 'case',
      entityId: caseId,
      details: { assessmentId: id, sections: sectionsNamed(input) },
    });
    return one(ctx, trx, principal, file, id);
  });
}

/** The durable solution decided for a case (latest decided determination), for other areas. */
export async function durableSolutionOf(db: Db, caseId: string): Promise<string | null> {
  return repo.latestDecidedSolution(db, caseId);
}
