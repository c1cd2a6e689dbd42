import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '../../domain/locales.ts';
import {
  CURRENT_INDICATOR_SET,
  evaluateScreening,
  explainDimension,
  explainSuggestion,
  findIndicator,
  type IndicatorAnswer,
  type IndicatorSet,
  indicatorSetByVersion,
  type ScreeningResult,
  validateAnswers,
} from '../../domain/screening/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, type FieldProblemInput, forbidden, validationFailed } from '../errors.ts';
import type { Action } from '../policy/policy.ts';
import { hasMovementOrRecruitment } from '../trafficking-history/trafficking-history.repository.ts';
import * as repo from './screening.repository.ts';
import { DOMAIN_LIST, type NewScreening, type Screening, type ScreeningList } from './screening.schemas.ts';

// A screening records the indicators found, scores them by the domain's dimension rule and explains
// the result. It suggests a status and never sets one: the status is a person's decision. New screenings
// use the current indicator set; each stored screening is shown with the set it was made with.

type Db = Kysely<DatabaseSchema>;
const ANSWERS_CONTEXT = 'screenings.answers';
const RESULT_CONTEXT = 'screenings.result';
type StoredAnswer = Screening['answers'][number];

const PROBLEM_FIELD: Record<string, keyof StoredAnswer> = {
  unknown_indicator: 'indicatorId',
  duplicate_indicator: 'indicatorId',
  invalid_evidence_source: 'source',
  invalid_date: 'date',
  date_in_future: 'date',
};

async function loadCaseForScreening(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  caseId: string,
  action: Action,
) {
  const row = await loadCase(ctx, db, principal, caseId, action);
  // Indicators describe the exploitation itself: the same field group as the trafficking history.
  if (!fieldGroupsOnCase(ctx, principal, row).includes('exploitation')) throw forbidden();
  return row;
}

const localeOf = (principal: SignedInUser): Locale => (isLocale(principal.locale) ? principal.locale : 'en');

function setOf(row: repo.ScreeningRow): IndicatorSet {
  const set = indicatorSetByVersion(row.indicator_set_version);
  // Sets are never removed, so this means a database from a newer Haven: fail loudly, reveal nothing.
  if (!set) throw new Error('A screening refers to an indicator set this server does not know');
  return set;
}

function toScreening(ctx: AppContext, row: repo.ScreeningRow, locale: Locale): Screening {
  const list = row.list as ScreeningList;
  const set = setOf(row);
  const answers = JSON.parse(ctx.cipher.decrypt(row.answers, ANSWERS_CONTEXT)) as StoredAnswer[];
  const result = JSON.parse(ctx.cipher.decrypt(row.result, RESULT_CONTEXT)) as ScreeningResult;
  const scored = result.lists.find((l) => l.list === DOMAIN_LIST[list])!;
  return {
    id: row.id,
    list,
    indicatorSetVersion: row.indicator_set_version,
    answers,
    dimensions: scored.dimensions.map((d) => ({
      dimension: d.dimension,
      positive: d.positive,
      counts: d.counts,
      indicatorIds: d.indicatorIds,
      explanation: explainDimension(d, locale, set),
    })),
    havenIndicatorIds: result.havenIndicatorIds ?? [],
    suggestion: {
      status: result.suggestion,
      traffickingStatus: result.suggestedTraffickingStatus,
      explanation: explainSuggestion(result, locale),
      isDecision: false,
    },
    screenedBy: row.screened_by,
    screenedAt: row.screened_at.toISOString(),
  };
}

function checkAnswers(input: NewScreening, today: string, set: IndicatorSet) {
  const domainAnswers: IndicatorAnswer[] = input.answers.map((a) => ({
    indicatorId: a.indicatorId,
    evidenceSource: a.source,
    observedOn: a.date,
  }));
  const problems: FieldProblemInput[] = validateAnswers(domainAnswers, today, set).map((p) => ({
    path: `body.answers.${p.index}.${PROBLEM_FIELD[p.code] ?? 'indicatorId'}`,
    code: p.code,
    message: p.message,
  }));
  input.answers.forEach((answer, index) => {
    const indicator = findIndicator(set, answer.indicatorId);
    // Haven's own items belong to no ILO/EC list and may be recorded in either screening.
    if (indicator && indicator.list !== DOMAIN_LIST[input.list])
      problems.push({
        path: `body.answers.${index}.indicatorId`,
        code: 'indicator_in_other_list',
        message: `'${answer.indicatorId}' belongs to another list.`,
      });
  });
  if (problems.length > 0) throw validationFailed(problems);
  return domainAnswers;
}

/** A form built from an older set would be scored with items and grades the practitioner never saw. */
function checkSetVersion(input: NewScreening) {
  if (input.indicatorSetVersion !== undefined && input.indicatorSetVersion !== CURRENT_INDICATOR_SET.version)
    throw new AppError(
      'indicator_set_superseded',
      'The screening form was built with an indicator set that is no longer used. Reload it and record the screening again.',
      { current: CURRENT_INDICATOR_SET.version },
    );
}

export async function createScreening(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewScreening,
): Promise<Screening> {
  await loadCaseForScreening(ctx, trx, principal, caseId, 'cases.update');
  checkSetVersion(input);
  const set = CURRENT_INDICATOR_SET;
  const answers = checkAnswers(input, new Date().toISOString().slice(0, 10), set);
  // For a child no means are needed: a recorded recruitment or transit event counts as the act.
  const result = evaluateScreening(
    { answers, movementOrRecruitmentRecorded: await hasMovementOrRecruitment(trx, caseId) },
    set,
  );
  const id = randomUUID();
  await repo.insertScreening(trx, {
    id,
    caseId,
    list: input.list,
    indicatorSetVersion: result.indicatorSetVersion,
    answers: ctx.cipher.encrypt(JSON.stringify(input.answers), ANSWERS_CONTEXT),
    result: ctx.cipher.encrypt(JSON.stringify(result), RESULT_CONTEXT),
    suggestion: result.suggestion,
    screenedBy: principal.userId,
  });
  await audit(trx, actor, {
    action: 'case.screening.create',
    entityType: 'screening',
    entityId: id,
    details: {
      caseId,
      list: input.list,
      indicatorSetVersion: result.indicatorSetVersion,
      indicators: answers.length,
      havenIndicators: result.havenIndicatorIds?.length ?? 0,
      suggestion: result.suggestion,
    },
  });
  return toScreening(ctx, (await repo.findScreening(trx, caseId, id))!, localeOf(principal));
}

export async function listScreenings(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  await loadCaseForScreening(ctx, db, principal, caseId, 'cases.read');
  const rows = await repo.listScreenings(db, caseId);
  await audit(db, actor, {
    action: 'case.screenings.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  return rows.map((row) => toScreening(ctx, row, localeOf(principal)));
}
