// The reflection period of one case, for every reader: the case header (case file), the Status tab, the
// closure rules and the best-interests determination all call caseReflection, which calls the one domain
// function reflectionOfCase, so they cannot disagree on whether a period runs (issue 11 item 5).
import type { Kysely } from 'kysely';
import {
  COUNTRY_TIME_ZONES,
  calendarDateIn,
  REFLECTION_PERIOD_RULES,
  type ReflectionPeriod,
  reflectionOfCase,
} from '../../domain/status/index.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import * as repo from './status.repository.ts';

type Db = Kysely<DatabaseSchema>;

export const todayInCountry = (ctx: AppContext) =>
  calendarDateIn(new Date().toISOString(), COUNTRY_TIME_ZONES[ctx.config.country]);

/**
 * The period starts on the recorded day (the status decision's date) or, when the child was presumed
 * by a lifecycle action alone, on that action's day where the child is.
 */
export async function reflectionStart(ctx: AppContext, db: Db, caseId: string): Promise<string | null> {
  const stored = await repo.findStatus(db, caseId);
  if (stored?.reflection_starts_on) return stored.reflection_starts_on;
  const presumed = await repo.firstPresumptionAt(db, caseId);
  return presumed ? calendarDateIn(presumed.toISOString(), COUNTRY_TIME_ZONES[ctx.config.country]) : null;
}

export async function caseReflection(
  ctx: AppContext,
  db: Db,
  caseRow: { id: string; stage: string },
): Promise<ReflectionPeriod | null> {
  return reflectionOfCase(
    { startsOn: await reflectionStart(ctx, db, caseRow.id), stage: caseRow.stage },
    todayInCountry(ctx),
    REFLECTION_PERIOD_RULES[ctx.config.country],
  );
}
