import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '../../domain/locales.ts';
import {
  DIMENSION_LABELS,
  DIMENSION_POSITIVE_COMBINATIONS,
  DIMENSIONS,
  EVIDENCE_SOURCE_LABELS,
  EVIDENCE_SOURCES,
  evaluateScreening,
  explainDimension,
  explainSuggestion,
  GRADE_LABELS,
  GRADES,
  INDICATOR_LIST_LABELS,
  INDICATOR_SET_VERSION,
  INDICATORS,
  type IndicatorAnswer,
  indicatorById,
  RECRUITMENT_DIMENSIONS,
  type ScreeningResult,
  validateAnswers,
} from '../../domain/screening/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { forbidden, validationFailed } from '../errors.ts';
import { type Action, fieldGroupsOf } from '../policy/policy.ts';
import { hasMovementOrRecruitment } from '../trafficking-history/trafficking-history.repository.ts';
import * as repo from './screening.repository.ts';
import {
  DOMAIN_LIST,
  type NewScreening,
  SCREENING_LISTS,
  type Screening,
  type ScreeningList,
} from './screening.schemas.ts';

// A screening records the indicators found, scores them by the domain's dimension rule and explains
// the result. It suggests a status and never sets one: the status is a person's decision.

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
  if (!fieldGroupsOf(principal).includes('exploitation')) throw forbidden();
  return row;
}

const localeOf = (principal: SignedInUser): Locale => (isLocale(principal.locale) ? principal.locale : 'en');

function toScreening(ctx: AppContext, row: repo.ScreeningRow, locale: Locale): Screening {
  const list = row.list as ScreeningList;
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
      explanation: explainDimension(d, locale),
    })),
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

function checkAnswers(input: NewScreening, today: string) {
  const domainAnswers: IndicatorAnswer[] = input.answers.map((a) => ({
    indicatorId: a.indicatorId,
    evidenceSource: a.source,
    observedOn: a.date,
  }));
  const problems = validateAnswers(domainAnswers, today).map((p) => ({
    path: `body.answers.${p.index}.${PROBLEM_FIELD[p.code] ?? 'indicatorId'}`,
    message: p.message,
  }));
  input.answers.forEach((answer, index) => {
    const indicator = indicatorById(answer.indicatorId);
    if (indicator && indicator.list !== DOMAIN_LIST[input.list])
      problems.push({
        path: `body.answers.${index}.indicatorId`,
        message: `'${answer.indicatorId}' belongs to another list.`,
      });
  });
  if (problems.length > 0) throw validationFailed(problems);
  return domainAnswers;
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
  const answers = checkAnswers(input, new Date().toISOString().slice(0, 10));
  // For a child no means are needed: a recorded recruitment or transit event counts as the act.
  const result = evaluateScreening({
    answers,
    movementOrRecruitmentRecorded: await hasMovementOrRecruitment(trx, caseId),
  });
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
    details: { caseId, list: input.list, indicators: answers.length, suggestion: result.suggestion },
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

/** The indicator set as reference data: every label in every language, and the rule as data. */
export function indicatorReference() {
  const apiList = (domain: string) => SCREENING_LISTS.find((list) => DOMAIN_LIST[list] === domain)!;
  return {
    version: INDICATOR_SET_VERSION,
    lists: SCREENING_LISTS.map((id) => ({ id, label: INDICATOR_LIST_LABELS[DOMAIN_LIST[id]] })),
    dimensions: DIMENSIONS.map((id) => ({
      id,
      stage: (RECRUITMENT_DIMENSIONS as readonly string[]).includes(id)
        ? ('recruitment' as const)
        : ('exploitation' as const),
      label: DIMENSION_LABELS[id],
    })),
    grades: GRADES.map((id) => ({ id, label: GRADE_LABELS[id] })),
    rule: [...DIMENSION_POSITIVE_COMBINATIONS],
    evidenceSources: EVIDENCE_SOURCES.map((id) => ({ id, label: EVIDENCE_SOURCE_LABELS[id] })),
    indicators: INDICATORS.map((indicator) => ({
      id: indicator.id,
      list: apiList(indicator.list),
      dimension: indicator.dimension,
      grade: indicator.grade,
      label: indicator.label,
    })),
  };
}
