import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { forbidden, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import type { LoadedCase } from './case-access.ts';
import { ageOn, AGE_OF_MAJORITY } from '../../domain/minority/presumption.ts';
import * as repo from './age-assessments.repository.ts';
import type { AgeAssessmentRecord, NewAgeAssessment } from './age-assessments.schemas.ts';
import { loadCase } from './case-access.ts';
import { fieldGroupsOnCase } from './cases.service.ts';
import { openSealedIdentity } from './case-identity.ts';
import * as cases from './cases.repository.ts';
import { todayUtc } from './minority.ts';

// Age assessments (CETS 197 Art. 10(3)): recorded by whom, how, when, with what result and when the child
// was told. The latest one decides the presumption: 'adult' lifts it, 'child' and 'inconclusive' keep it
// (the benefit of the doubt). The assessor's name is shown only to callers holding the identity group.

type Db = Kysely<DatabaseSchema>;

// The identity group of the grants that reach this case (issue 10, defect 3), not of all grants.
const seesIdentity = (ctx: AppContext, principal: SignedInUser, row: LoadedCase) =>
  fieldGroupsOnCase(ctx, principal, row).includes('identity');

function toRecord(ctx: AppContext, row: repo.AgeAssessmentRow, withIdentity: boolean): AgeAssessmentRecord {
  return {
    id: row.id,
    assessedOn: row.assessed_on,
    method: row.method as AgeAssessmentRecord['method'],
    assessedBy: withIdentity ? ctx.cipher.decrypt(row.assessed_by, 'case_age_assessments.assessed_by') : null,
    result: row.result as AgeAssessmentRecord['result'],
    childInformedOn: row.child_informed_on,
    childInformedHow: row.child_informed_how as AgeAssessmentRecord['childInformedHow'],
    note:
      withIdentity && row.note !== null ? ctx.cipher.decrypt(row.note, 'case_age_assessments.note') : null,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
  };
}

function assertDates(input: NewAgeAssessment, today: string) {
  const problems: FieldProblemInput[] = [];
  if (input.assessedOn > today)
    problems.push({ path: 'body.assessedOn', code: 'date_in_future', message: 'Not in the future.' });
  if (input.childInformedOn > today)
    problems.push({ path: 'body.childInformedOn', code: 'date_in_future', message: 'Not in the future.' });
  if (input.childInformedOn < input.assessedOn)
    problems.push({
      path: 'body.childInformedOn',
      code: 'informed_before_assessment',
      message: 'The child is told of the result after the assessment, not before.',
    });
  if (problems.length > 0) throw validationFailed(problems);
}

export async function recordAgeAssessment(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewAgeAssessment,
) {
  const row = await loadCase(ctx, trx, principal, caseId, 'cases.update');
  if (!seesIdentity(ctx, principal, row)) throw forbidden();
  const today = todayUtc();
  assertDates(input, today);
  const birth = openSealedIdentity(ctx.cipher, row.sensitive_identity).birthDate;
  const open = row.open_identity as { ageDisputed?: boolean };
  // An undisputed documented date of a child outranks an assessment: correct or dispute the date first.
  if (
    input.result === 'adult' &&
    birth.kind === 'exact' &&
    !open.ageDisputed &&
    ageOn(birth.date, today) < AGE_OF_MAJORITY
  )
    throw validationFailed([
      {
        path: 'body.result',
        code: 'contradicts_birth_date',
        message: 'The recorded birth date is a child’s. Mark it as disputed or correct it first.',
      },
    ]);
  const id = randomUUID();
  await repo.insertAgeAssessment(trx, {
    id,
    case_id: caseId,
    assessed_on: input.assessedOn,
    method: input.method,
    assessed_by: ctx.cipher.encrypt(input.assessedBy, 'case_age_assessments.assessed_by'),
    result: input.result,
    child_informed_on: input.childInformedOn,
    child_informed_how: input.childInformedHow,
    note: input.note ? ctx.cipher.encrypt(input.note, 'case_age_assessments.note') : null,
    recorded_by: principal.userId,
  });
  const presumedMinor = input.result !== 'adult';
  const updated = await cases.updateCaseIfVersion(trx, caseId, row.version, {
    presumed_minor: presumedMinor,
    open_identity: JSON.stringify({ ...(row.open_identity as object), presumedMinor }),
  });
  if (!updated) throw staleVersion();
  await audit(trx, actor, {
    action: 'case.age-assessment.create',
    entityType: 'case',
    entityId: caseId,
    details: { assessmentId: id, method: input.method, result: input.result, presumedMinor },
  });
  const saved = (await repo.listAgeAssessments(trx, caseId)).find((a) => a.id === id)!;
  return { assessment: toRecord(ctx, saved, true), presumedMinor, version: row.version + 1 };
}

export async function listAgeAssessments(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const rows = await repo.listAgeAssessments(db, caseId);
  const withIdentity = seesIdentity(ctx, principal, file);
  await audit(db, actor, {
    action: 'case.age-assessment.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length, identity: withIdentity },
  });
  return rows.map((row) => toRecord(ctx, row, withIdentity));
}
